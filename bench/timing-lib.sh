# Shared by the timing scripts (sourced, not run): builds groundplan once and times one run of it.
# Needs: root (the repository), work (a scratch folder); honours BIN and R2R as the scripts document them.

# Sets BIN to a folder holding Groundplan.Cli.dll: as given, or built the way the tool package ships on linux-x64
# (ReadyToRun) unless R2R=0 asks for a plain Release build, what `dotnet run` runs.
build_groundplan() {
  if [[ -n "${BIN:-}" ]]; then return; fi
  BIN="$work/bin"
  if [[ "${R2R:-1}" == 1 ]]; then
    dotnet publish "$root/src/Groundplan.Cli" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$BIN" --nologo -v quiet >&2
  else
    dotnet build "$root/src/Groundplan.Cli" -c Release -o "$BIN" --nologo -v quiet >&2
  fi
}

# Prints "wall cpu" (seconds) of one run of groundplan "$@". Exit 1 (lint's findings) is a finished run; anything
# higher is a failure and stops the script.
one() {
  local status=0
  /usr/bin/time -f "%e %U %S" -o "$work/time.txt" dotnet "$BIN/Groundplan.Cli.dll" "$@" >/dev/null 2>&1 || status=$?
  if (( status > 1 )); then echo "groundplan $1 failed with exit $status" >&2; return "$status"; fi
  # GNU time puts "Command exited with non-zero status" before its figures when the command fails.
  tail -1 "$work/time.txt" | awk '{ printf "%.3f %.3f\n", $1, $2 + $3 }'
}

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
