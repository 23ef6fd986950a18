@echo off
rem Custodian's command line for schedulers and scripts: custodian-cli help
rem The exit code is the command's, for the scheduler to act on.
setlocal
call "%~dp0launcher.cmd"
if errorlevel 1 exit /b %errorlevel%
"%JAVA%" -Djava.awt.headless=true "-Dcustodian.home=%CUSTODIAN_HOME%" ^
  "-Dderby.stream.error.file=%CUSTODIAN_HOME%\derby.log" -Dosgi.requiredJavaVersion=21 ^
  -Dosgi.configuration.cascaded=true "-Dosgi.sharedConfiguration.area=%CUSTODIAN_DIR%\configuration" ^
  "-Djava.util.logging.config.file=%CUSTODIAN_DIR%\logging.properties" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn ^
  -jar "%LAUNCHER_JAR%" -install "%CUSTODIAN_DIR%" -configuration "%CUSTODIAN_HOME%\configuration\cli" ^
  -data @none -application org.custodian.cli.app -noSplash %*
exit /b %errorlevel%
