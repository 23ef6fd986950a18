@echo off
rem Shared by custodian.cmd and custodian-cli.cmd (the Windows counterpart of launcher.sh): finds a Java 21+
rem runtime, the Equinox launcher and the user's Custodian folder. (No native launcher is published for Maven
rem builds; these scripts stand in for it.) Called without setlocal, so that the caller sees what it sets:
rem CUSTODIAN_DIR, CUSTODIAN_HOME, JAVA, JAVAW and LAUNCHER_JAR. Exit code 2 when something is missing.
set "CUSTODIAN_DIR=%~dp0"
if "%CUSTODIAN_DIR:~-1%"=="\" set "CUSTODIAN_DIR=%CUSTODIAN_DIR:~0,-1%"
if not defined CUSTODIAN_HOME set "CUSTODIAN_HOME=%USERPROFILE%\.custodian"
if "%CUSTODIAN_HOME:~-1%"=="\" set "CUSTODIAN_HOME=%CUSTODIAN_HOME:~0,-1%"

rem JAVA_HOME first, then the first java.exe on the PATH, as launcher.sh looks
set "JAVA="
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" call :java_21 "%JAVA_HOME%\bin\java.exe"
if not defined JAVA for %%j in (java.exe) do if not "%%~$PATH:j"=="" call :java_21 "%%~$PATH:j"
if not defined JAVA (
  echo Custodian needs Java 21 or newer: set JAVA_HOME to such a JDK. 1>&2
  exit /b 2
)
rem the console runs without a console window of its own under javaw.exe, beside java.exe
for %%j in ("%JAVA%") do set "JAVAW=%%~dpjjavaw.exe"
if not exist "%JAVAW%" set "JAVAW=%JAVA%"

set "LAUNCHER_JAR="
for %%f in ("%CUSTODIAN_DIR%\plugins\org.eclipse.equinox.launcher_*.jar") do if not defined LAUNCHER_JAR set "LAUNCHER_JAR=%%~ff"
if not defined LAUNCHER_JAR (
  echo Incomplete installation: no Equinox launcher in "%CUSTODIAN_DIR%\plugins" 1>&2
  exit /b 2
)
if not exist "%CUSTODIAN_HOME%" mkdir "%CUSTODIAN_HOME%"
rem Each program keeps its own OSGi state under the user's folder (-configuration in the scripts) over the
rem installation's shared, read-only configuration, so the console and scheduled command-line jobs can run side
rem by side.
exit /b 0

:java_21
rem Sets JAVA to %1 when that java.exe is Java 21 or newer.
set "JAVA_MAJOR="
for /f "usebackq tokens=2 delims==" %%v in (`"%~1" -XshowSettings:properties -version 2^>^&1 ^| findstr java.specification.version`) do set "JAVA_MAJOR=%%v"
if not defined JAVA_MAJOR exit /b 0
set "JAVA_MAJOR=%JAVA_MAJOR: =%"
for /f "delims=." %%m in ("%JAVA_MAJOR%") do set "JAVA_MAJOR=%%m"
if %JAVA_MAJOR% GEQ 21 set "JAVA=%~1"
exit /b 0
