@echo off
rem peermap for Windows: builds the jar with Maven when it is missing or older than the sources, then runs it.
rem
rem The same as bin/peermap (keep the two alike): later starts are faster with a class archive made by one training
rem run (render examples\minimal.yaml), once per Java, kept in target\: on JDK 25 or later an AOT cache
rem (-XX:AOTCacheOutput, then -XX:AOTCache), before that a dynamic CDS archive (-XX:ArchiveClassesAtExit, then
rem -XX:SharedArchiveFile). Best effort: a run never fails because an archive cannot be made. The JVM flags are the
rem same at training and at use, or the archive is not used. Returns java's exit status.
setlocal EnableExtensions DisableDelayedExpansion

for %%I in ("%~dp0..") do set "PM_HOME=%%~fI"
set "PM_JAR=%PM_HOME%\target\peermap.jar"
set "PM_POM=%PM_HOME%\pom.xml"
set "PM_SRC=%PM_HOME%\src\main"
rem Short runs: the client compiler and the serial collector start fastest. PEERMAP_JAVA_OPTS adds more.
set "PM_JVM=-XX:+UseSerialGC -XX:TieredStopAtLevel=1"

rem The java on the PATH, or else JAVA_HOME's.
set "PM_JAVA="
for /f "delims=" %%J in ('where java 2^>nul') do if not defined PM_JAVA set "PM_JAVA=%%J"
if not defined PM_JAVA if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "PM_JAVA=%JAVA_HOME%\bin\java.exe"
if not defined PM_JAVA (
  echo peermap: needs Java 17 or later: no java on the PATH and no JAVA_HOME>&2
  exit /b 4
)

rem --version or --help alone loads a handful of classes: an archive costs them more than it saves.
set "PM_USE=1"
if "%~2"=="" for %%A in (--version -V --help -h help) do if "%~1"=="%%A" set "PM_USE="

rem Which Java it is, from the release file beside it: the archive is made for that one Java.
set "PM_ARCHIVE="
set "PM_AOT="
if not defined PM_USE goto :identified
for %%J in ("%PM_JAVA%") do set "PM_JHOME=%%~dpJ.."
if not exist "%PM_JHOME%\release" goto :identified
set "PM_VERSION="
set "PM_RUNTIME="
set "PM_VENDOR="
for /f "usebackq tokens=1,* delims==" %%K in ("%PM_JHOME%\release") do (
  if "%%K"=="JAVA_VERSION" set "PM_VERSION=%%~L"
  if "%%K"=="JAVA_RUNTIME_VERSION" set "PM_RUNTIME=%%~L"
  if "%%K"=="IMPLEMENTOR" set "PM_VENDOR=%%~L"
)
if not defined PM_VERSION goto :identified
if not defined PM_RUNTIME set "PM_RUNTIME=%PM_VERSION%"
set "PM_MAJOR="
for /f "tokens=1 delims=.+-_" %%M in ("%PM_VERSION%") do set "PM_MAJOR=%%M"
if not defined PM_MAJOR goto :identified
set "PM_ID=%PM_VENDOR%-%PM_RUNTIME%"
set "PM_ID=%PM_ID: =_%"
set "PM_ARCHIVE=%PM_HOME%\target\peermap-%PM_ID%.jsa"
if %PM_MAJOR% LSS 25 goto :identified
set "PM_AOT=1"
set "PM_ARCHIVE=%PM_HOME%\target\peermap-%PM_ID%.aot"
:identified

call :stale
if errorlevel 1 call :build
if errorlevel 4 exit /b 4

rem A Java with no archive yet (another Java made the jar's): one training run, unless another run is making it.
if not defined PM_ARCHIVE goto :run
if exist "%PM_ARCHIVE%" goto :run
if exist "%PM_ARCHIVE%.none" goto :run
mkdir "%PM_HOME%\target\.build.lock.d" 2>nul || goto :run
if not exist "%PM_ARCHIVE%" call :train
rmdir "%PM_HOME%\target\.build.lock.d" 2>nul

:run
if not defined PM_USE goto :exec
if not defined PM_ARCHIVE goto :exec
if not exist "%PM_ARCHIVE%" goto :exec
rem Each path in quotes of its own, and no parenthesised blocks around paths: a folder such as
rem "Program Files (x86)" would end a block, and one with an ampersand in its name would end a command.
rem Whether standard error is a terminal cannot be told here: peermap.stderr.tty stays false, as when it is unset.
if defined PM_AOT goto :aot
"%PM_JAVA%" %PM_JVM% -XX:SharedArchiveFile="%PM_ARCHIVE%" -Xlog:cds=off -Xlog:cds+dynamic=off %PEERMAP_JAVA_OPTS% -Dpeermap.stderr.tty=false -jar "%PM_JAR%" %*
exit /b %ERRORLEVEL%
:aot
"%PM_JAVA%" %PM_JVM% -XX:AOTCache="%PM_ARCHIVE%" -Xlog:aot=off -Xlog:cds=off %PEERMAP_JAVA_OPTS% -Dpeermap.stderr.tty=false -jar "%PM_JAR%" %*
exit /b %ERRORLEVEL%
:exec
"%PM_JAVA%" %PM_JVM% %PEERMAP_JAVA_OPTS% -Dpeermap.stderr.tty=false -jar "%PM_JAR%" %*
exit /b %ERRORLEVEL%

rem ---------------------------------------------------------------------------------------------------------------

rem Exit status 1 when the jar is missing or older than a file under src\main or pom.xml, else 0. PowerShell, which
rem cmd lacks a newer-than test for; when PowerShell cannot run, a jar that is there is taken as fresh.
:stale
if not exist "%PM_JAR%" exit /b 1
powershell -NoProfile -NonInteractive -ExecutionPolicy Bypass -Command "$j = (Get-Item -LiteralPath $env:PM_JAR).LastWriteTimeUtc; if (((Get-Item -LiteralPath $env:PM_POM).LastWriteTimeUtc -gt $j) -or (Get-ChildItem -LiteralPath $env:PM_SRC -Recurse -Force | Where-Object { $_.LastWriteTimeUtc -gt $j } | Select-Object -First 1)) { exit 1 } else { exit 0 }" >nul 2>nul
if errorlevel 2 exit /b 0
exit /b %ERRORLEVEL%

rem One build at a time when several runs start together: making a folder either succeeds or finds it there. A lock
rem left by a build that was stopped is taken over after five minutes.
:build
set /a PM_WAIT=0
:lock
mkdir "%PM_HOME%\target" 2>nul
mkdir "%PM_HOME%\target\.build.lock.d" 2>nul && goto :locked
set /a PM_WAIT+=1
if %PM_WAIT% GEQ 300 goto :locked
ping -n 2 127.0.0.1 >nul
goto :lock
:locked
call :stale
if not errorlevel 1 goto :built
echo peermap: building (mvn package), once...>&2
set "PM_LOG=%TEMP%\peermap-build-%RANDOM%%RANDOM%.log"
call mvn -q -f "%PM_POM%" -DskipTests package >"%PM_LOG%" 2>&1
if errorlevel 1 goto :buildfailed
del /q "%PM_LOG%" 2>nul
powershell -NoProfile -NonInteractive -ExecutionPolicy Bypass -Command "(Get-Item -LiteralPath $env:PM_JAR).LastWriteTimeUtc = [DateTime]::UtcNow" >nul 2>nul
rem archives of the old jar, for every Java
del /q "%PM_HOME%\target\peermap*.jsa" "%PM_HOME%\target\peermap*.aot" "%PM_HOME%\target\peermap*.none" "%PM_HOME%\target\peermap*.tmp" 2>nul
if defined PM_ARCHIVE call :train
:built
rmdir "%PM_HOME%\target\.build.lock.d" 2>nul
exit /b 0
:buildfailed
type "%PM_LOG%" >&2
del /q "%PM_LOG%" 2>nul
echo peermap: the build failed (output above)>&2
rmdir "%PM_HOME%\target\.build.lock.d" 2>nul
exit /b 4

rem One training run writes the archive under a temporary name, then renames it; a marker says it could not be made.
:train
set "PM_TMP=%PM_ARCHIVE%.tmp"
del /q "%PM_TMP%" "%PM_TMP%.config" 2>nul
set "PM_OUT=%TEMP%\peermap-train-%RANDOM%%RANDOM%"
mkdir "%PM_OUT%" 2>nul
if not defined PM_AOT goto :traincds
"%PM_JAVA%" %PM_JVM% -XX:AOTCacheOutput="%PM_TMP%" -Xlog:aot=off -Xlog:cds=off -jar "%PM_JAR%" render -o "%PM_OUT%" -f svg,png "%PM_HOME%\examples\minimal.yaml" >nul 2>nul
goto :trained
:traincds
"%PM_JAVA%" %PM_JVM% -XX:ArchiveClassesAtExit="%PM_TMP%" -Xlog:cds=off -Xlog:cds+dynamic=off -jar "%PM_JAR%" render -o "%PM_OUT%" -f svg,png "%PM_HOME%\examples\minimal.yaml" >nul 2>nul
:trained
rmdir /s /q "%PM_OUT%" 2>nul
del /q "%PM_TMP%.config" 2>nul
set "PM_SIZE=0"
if exist "%PM_TMP%" for %%F in ("%PM_TMP%") do set "PM_SIZE=%%~zF"
if "%PM_SIZE%"=="0" goto :untrained
move /y "%PM_TMP%" "%PM_ARCHIVE%" >nul
exit /b 0
:untrained
del /q "%PM_TMP%" 2>nul
type nul >"%PM_ARCHIVE%.none"
exit /b 0
