@echo off
rem Country Risk Engine launcher for Windows, the twin of ./risk: builds the runnable jar when it
rem is missing or older than the sources, the pom or this script, then runs it with the given
rem arguments and passes its exit code on (try: risk.cmd --help).
setlocal EnableExtensions

set "PROJECT_DIR=%~dp0"
if "%PROJECT_DIR:~-1%"=="\" set "PROJECT_DIR=%PROJECT_DIR:~0,-1%"
set "JAR=%PROJECT_DIR%\target\country-risk-engine.jar"

rem cmd cannot compare file times, PowerShell (on every Windows since 7) can: exit 1 means build.
powershell -NoProfile -NonInteractive -Command ^
  "$jar = Get-Item -LiteralPath $env:JAR -ErrorAction SilentlyContinue;" ^
  "if (-not $jar) { exit 1 };" ^
  "$sources = 'src\main', 'pom.xml', 'pom-core.xml', 'risk.cmd' | ForEach-Object { Join-Path $env:PROJECT_DIR $_ };" ^
  "$newer = Get-ChildItem -LiteralPath $sources -Recurse -File | Where-Object { $_.LastWriteTime -gt $jar.LastWriteTime } | Select-Object -First 1;" ^
  "if ($newer) { exit 1 } else { exit 0 }"
if errorlevel 1 goto build
goto run

:build
echo Building the engine (first run, or the sources changed)... 1>&2
rem Tests are skipped here to keep the launcher quick; mvnw.cmd -B verify runs them.
pushd "%PROJECT_DIR%"
call mvnw.cmd -B -q -DskipTests -pl :country-risk-engine-core package 1>&2
set "BUILD_EXIT=%ERRORLEVEL%"
popd
if not "%BUILD_EXIT%"=="0" (
    echo risk: the build failed; run mvnw.cmd -B verify to see why. 1>&2
    exit /b 70
)

:run
rem The engine is a batch job: the throughput collector spends far less time collecting than the
rem default one when rule sessions churn through memory (a third less CPU at 10,000 units). The
rem heap, as ./risk bounds it: 1200 MB, or half the memory when that is less.
rem RISK_JAVA_OPTS replaces both settings.
if defined RISK_JAVA_OPTS goto java
set "HEAP_MB=1200"
for /f %%m in ('powershell -NoProfile -NonInteractive -Command "$half = [math]::Floor((Get-CimInstance Win32_ComputerSystem).TotalPhysicalMemory / 2MB); if ($half -gt 0 -and $half -lt 1200) { $half } else { 1200 }"') do set "HEAP_MB=%%m"
set "RISK_JAVA_OPTS=-XX:+UseParallelGC -Xmx%HEAP_MB%m"

:java
java %RISK_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
