@echo off
rem ccr for Windows without a terminal. Double-click: the help. Drop record files (.json, .docx)
rem onto this file: each is checked (ccr validate); drop a folder: its open action items (ccr status).
rem The window stays open until a key is pressed. From a terminal it passes its arguments on.
setlocal
where node >nul 2>nul
if errorlevel 1 (
  echo Node.js is not installed: install the LTS version from https://nodejs.org/, then run npm ci in the ccr folder.
  pause
  exit /b 2
)
if "%~1"=="" (
  node "%~dp0ccr.mjs" --help
  pause
  exit /b 0
)
if exist "%~1" (
  for %%F in (%*) do (
    if exist "%%~F\*" (node "%~dp0ccr.mjs" status "%%~F") else (node "%~dp0ccr.mjs" validate "%%~F")
  )
  pause
  exit /b 0
)
node "%~dp0ccr.mjs" %*
