/// The workflow `hundredfold init --shards N` writes instead of the single-job one: a matrix of N
/// jobs, each running one shard of the scenarios on the head and on the merge-base, and a merge
/// job that joins the shards' reports and runs `hundredfold ci` on them.
enum ShardedWorkflow {
    /// The most shards `init --shards` writes a matrix for.
    static let maximumShards = 64

    static func text(shards: Int) -> String {
        let matrix = (1...shards).map(String.init).joined(separator: ", ")
        return """
            # Runs Hundredfold on every pull request across \(shards) runners. Each job of the matrix runs one
            # shard of the scenarios (`hundredfold run --shard I/\(shards)`) on the head and on the merge-base
            # and uploads both reports; the merge job joins them (`hundredfold merge`) and runs
            # `hundredfold ci` on the merged reports, so the scan, comparison, budgets and summary are those
            # of a single-job run. Pull requests from forks get the summary from hundredfold-comment.yml.
            name: hundredfold
            on:
              pull_request:
            # A new push to the pull request cancels the run of the previous one.
            concurrency:
              group: ${{ github.workflow }}-${{ github.event.pull_request.number }}
              cancel-in-progress: true
            permissions:
              contents: read
            jobs:
              shard:
                runs-on: ubuntu-latest
                strategy:
                  fail-fast: false
                  matrix:
                    shard: [\(matrix)]
                steps:
                  - uses: actions/checkout@v5
                    with:
                      fetch-depth: 0
                  - uses: \(StarterTemplates.action)
                    with:
                      mode: install
                  - name: Run shard ${{ matrix.shard }}/\(shards) on the head and on the merge-base
                    env:
                      SHARD: ${{ matrix.shard }}
                      BASE: origin/${{ github.base_ref }}
                    run: |
                      out="$RUNNER_TEMP/shards"
                      mkdir -p "$out"
                      # Exit 1 (a budget failed) still writes the report: the merge job decides.
                      hundredfold run Scenarios --shard "$SHARD/\(shards)" --out "$out/head-$SHARD.json" || [ $? -eq 1 ]
                      git worktree add --detach "$RUNNER_TEMP/base" "$(git merge-base "$BASE" HEAD)"
                      # A base without scenarios has no report: ci then counts every scenario as added.
                      if [ -d "$RUNNER_TEMP/base/Scenarios" ]; then
                        cd "$RUNNER_TEMP/base"
                        hundredfold run Scenarios --shard "$SHARD/\(shards)" --out "$out/base-$SHARD.json" || [ $? -eq 1 ]
                      fi
                  - uses: actions/upload-artifact@v5
                    with:
                      name: hundredfold-shard-${{ matrix.shard }}
                      path: ${{ runner.temp }}/shards
              merge:
                needs: shard
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/checkout@v5
                    with:
                      fetch-depth: 0
                  - uses: \(StarterTemplates.action)
                    with:
                      mode: install
                  - uses: actions/download-artifact@v5
                    with:
                      pattern: hundredfold-shard-*
                      merge-multiple: true
                      path: ${{ runner.temp }}/shards
                  - name: Merge the shards and compare
                    env:
                      BASE: origin/${{ github.base_ref }}
                    run: |
                      shards="$RUNNER_TEMP/shards"
                      hundredfold merge "$shards"/head-*.json --out "$RUNNER_TEMP/head.json" || [ $? -eq 1 ]
                      args=(--base "$BASE" --head-report "$RUNNER_TEMP/head.json")
                      if compgen -G "$shards/base-*.json" > /dev/null; then
                        hundredfold merge "$shards"/base-*.json --out "$RUNNER_TEMP/base.json" || [ $? -eq 1 ]
                        args+=(--base-report "$RUNNER_TEMP/base.json")
                      fi
                      hundredfold ci "${args[@]}"
                  - uses: actions/upload-artifact@v5
                    if: always()
                    with:
                      name: hundredfold
                      path: .hundredfold
                      include-hidden-files: true
                      if-no-files-found: ignore

            """
    }
}
