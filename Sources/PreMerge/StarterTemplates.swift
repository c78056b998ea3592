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

    static let workflow = """
        # Runs Hundredfold on every pull request: scans the diff, runs the scenarios on the base and
        # on the head, fails the check when a budget is exceeded, uploads the SARIF to code scanning
        # and keeps one summary comment on the pull request up to date.
        name: hundredfold
        on:
          pull_request:
        permissions:
          contents: read
          security-events: write
          pull-requests: write
        jobs:
          hundredfold:
            runs-on: ubuntu-latest
            env:
              # The Hundredfold source to build (a git URL); set it as a repository variable.
              HUNDREDFOLD_REPOSITORY: ${{ vars.HUNDREDFOLD_REPOSITORY }}
            steps:
              - uses: actions/checkout@v4
                with:
                  fetch-depth: 0
              - name: Install Hundredfold
                run: |
                  sudo apt-get update && sudo apt-get install -y libsqlite3-dev
                  git clone --depth 1 "$HUNDREDFOLD_REPOSITORY" "$RUNNER_TEMP/hundredfold"
                  swift build -c release --package-path "$RUNNER_TEMP/hundredfold"
                  echo "$RUNNER_TEMP/hundredfold/.build/release" >> "$GITHUB_PATH"
              - name: Hundredfold
                run: hundredfold ci --base "origin/${{ github.base_ref }}" --out-dir .hundredfold
              - name: Upload SARIF
                if: always() && hashFiles('.hundredfold/scan.sarif') != ''
                uses: github/codeql-action/upload-sarif@v3
                with:
                  sarif_file: .hundredfold/scan.sarif
              - name: Keep the reports
                if: always()
                uses: actions/upload-artifact@v4
                with:
                  name: hundredfold
                  path: .hundredfold/
              - name: Comment on the pull request
                if: always() && hashFiles('.hundredfold/summary.md') != ''
                uses: actions/github-script@v7
                with:
                  script: |
                    const fs = require('fs');
                    const body = fs.readFileSync('.hundredfold/summary.md', 'utf8');
                    const marker = '<!-- hundredfold:summary -->';
                    const { owner, repo } = context.repo;
                    const issue_number = context.issue.number;
                    const comments = await github.paginate(github.rest.issues.listComments, { owner, repo, issue_number });
                    const mine = comments.find(c => c.body && c.body.includes(marker));
                    if (mine) {
                      await github.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body });
                    } else {
                      await github.rest.issues.createComment({ owner, repo, issue_number, body });
                    }

        """
}
