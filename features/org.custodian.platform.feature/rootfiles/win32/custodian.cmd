@echo off
rem Starts the Custodian console.  custodian [--demo]   (--demo seeds an example trust into an empty database)
rem The console runs under javaw.exe, without a console window; this script returns at once.
setlocal
call "%~dp0launcher.cmd"
if errorlevel 1 exit /b %errorlevel%
start "Custodian" "%JAVAW%" "-Dcustodian.home=%CUSTODIAN_HOME%" "-Dderby.stream.error.file=%CUSTODIAN_HOME%\derby.log" ^
  -Dosgi.requiredJavaVersion=21 ^
  -Dosgi.configuration.cascaded=true "-Dosgi.sharedConfiguration.area=%CUSTODIAN_DIR%\configuration" ^
  "-Djava.util.logging.config.file=%CUSTODIAN_DIR%\logging.properties" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn ^
  -jar "%LAUNCHER_JAR%" -install "%CUSTODIAN_DIR%" -configuration "%CUSTODIAN_HOME%\configuration\console" ^
  -data "%CUSTODIAN_HOME%\workspace" -clearPersistedState %*
