import HundredfoldCore

/// The text of the starter files `hundredfold init` writes.
enum StarterTemplates {
    static let configuration = """
        # Hundredfold project settings. See the README, "Budgets and CI".
        scan:
          ignore: ["vendor/**", "node_modules/**"]
        budgets:
          default:
            # Queries per request must not grow with the data (no N+1).
            queries_per_request: { growth: constant }
            # In `hundredfold ci`, head may read at most 10% and 100 rows more per request than base.
            rows_read_per_request: { regression: { percent: 10, absolute: 100 } }
        # Cost estimates for scenarios that name no pricing profile.
        pricing: cloudflare-d1

        """

    static let scenario = """
        # An example scenario: the order-history page. Edit the schema, data and workload to match
        # a code path of yours; `hundredfold run Scenarios/` runs it at 1x, 10x and 100x the data.
        name: order-history
        schema: |
          CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT NOT NULL);
          CREATE TABLE orders(
            id INTEGER PRIMARY KEY,
            user_id INTEGER NOT NULL REFERENCES users(id),
            total REAL NOT NULL
          );
          CREATE INDEX orders_user ON orders(user_id);
        data:
          # Users stay fixed while orders grow, so each user's orders grow with the scale: a query
          # per order (an N+1) then shows as linear growth, not as a constant 10 per user.
          users: { rows: 100, fixed: true, columns: { name: { text: [5, 12] } } }
          orders:
            rows: 1000
            columns:
              user_id: { ref: users.id, distribution: uniform }
              total: { real: [1, 500] }
        workload:
          params:
            user_id: { pick: users.id }
          steps:
            - query: SELECT id, total FROM orders WHERE user_id = :user_id ORDER BY id DESC LIMIT 20
              as: orders
            # An N+1 to try: uncomment, run again, and watch queries_per_request fail its budget.
            # - for_each: orders
            #   steps:
            #     - query: SELECT name FROM users WHERE id = (SELECT user_id FROM orders WHERE id = :id)
        requests: 20
        scales: [1, 10, 100]
        seed: 42
        traffic: { requests_per_month: 1000000 }
        pricing: cloudflare-d1
        budget:
          queries_per_request: { max: 5, growth: constant }
          rows_read_per_request: { max: 100 }

        """

    /// The action every starter workflow uses, pinned to the release of the `hundredfold` that
    /// wrote it.
    static let action = "hundredfold/hundredfold@v\(ToolInfo.version)"

    static let workflow = """
        # Runs `hundredfold ci` on every pull request through the Hundredfold action: scans the diff,
        # runs the scenarios on the base and on the head, fails the check when a budget is exceeded,
        # uploads the SARIF to code scanning (annotations where code scanning is off) and keeps one
        # summary comment up to date. Pull requests from forks get theirs from hundredfold-comment.yml.
        name: hundredfold
        on:
          pull_request:
        # A new push to the pull request cancels the run of the previous one.
        concurrency:
          group: ${{ github.workflow }}-${{ github.event.pull_request.number }}
          cancel-in-progress: true
        permissions:
          contents: read
          pull-requests: write
          security-events: write
          actions: read
        jobs:
          hundredfold:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v5
                with:
                  fetch-depth: 0
              - uses: \(action)
                # with: { fail-on: warning, scales: "1,10,100", config: hundredfold.yml }

        """

    /// Posts the summary on pull requests from forks, whose own run has a read-only token.
    static let commentWorkflow = """
        # Posts Hundredfold's summary comment on pull requests from forks: their own run has a
        # read-only token. This runs after the hundredfold workflow, in this repository's context,
        # and reads only the summary from that run's artifact (it never runs the fork's code).
        name: hundredfold-comment
        on:
          workflow_run:
            workflows: [hundredfold]
            types: [completed]
        permissions:
          actions: read
          pull-requests: write
        jobs:
          comment:
            if: >-
              github.event.workflow_run.event == 'pull_request'
              && github.event.workflow_run.head_repository.full_name != github.repository
            runs-on: ubuntu-latest
            steps:
              - uses: \(action)
                with:
                  mode: comment

        """
}
