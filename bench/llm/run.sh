#!/usr/bin/env bash
# Prompt tokens the LLM engine sends per dev-benchmark case (through a loopback server that speaks the OpenAI wire
# format) against the tokens of packing the whole repository, then the repair loop's convergence on scripted models.
# Needs the dev snapshots materialized (SNAPSHOTS, default /tmp/locbench/SNAPSHOTS). Prints Markdown for RESULTS.md.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
snapshots=${SNAPSHOTS:-/tmp/locbench/SNAPSHOTS}
dev=${DEV_JSON:-/work/shared/bench/dev.json}
dotnet run --project "$here/LlmBench.csproj" -c Release -- "$dev" "$snapshots" "$root/samples/inkwell"
