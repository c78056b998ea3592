#!/usr/bin/env python3
"""Creates or updates the one Hundredfold comment on a pull request, found by its hidden marker.

Usage: comment.py SUMMARY_FILE. Reads GITHUB_API_URL, GITHUB_REPOSITORY, GITHUB_EVENT_NAME,
GITHUB_EVENT_PATH and the token in GITHUB_TOKEN, as GitHub Actions sets them (a test points
GITHUB_API_URL at a local stub). On a `pull_request` event the pull request is the event's; on a
`workflow_run` event (the companion workflow that comments for fork pull requests) it is found from
the run's head repository, branch and commit, never from the artifact.

Never fails the check: a comment that cannot be posted (a fork's read-only token, an outage) is a
warning that says where the summary is and what to do, and the exit code is 0.
"""
import json
import os
import sys
import urllib.error
import urllib.parse
import urllib.request

MARKER = "<!-- hundredfold:summary -->"
LIMIT = 65536  # GitHub's limit on a comment body, in characters
COMPANION = ("add the companion workflow that posts it (README, \"GitHub Action\": fork pull requests; "
             "`hundredfold init` writes it as .github/workflows/hundredfold-comment.yml)")


class GitHub:
    def __init__(self, api, repository, token):
        self.api = api.rstrip("/")
        self.repository = repository
        self.token = token

    def call(self, method, path, body=None):
        request = urllib.request.Request(
            f"{self.api}/repos/{self.repository}{path}",
            method=method,
            data=None if body is None else json.dumps(body).encode(),
            headers={
                "Accept": "application/vnd.github+json",
                "Authorization": f"Bearer {self.token}",
                "Content-Type": "application/json",
                "User-Agent": "hundredfold-action",
                "X-GitHub-Api-Version": "2022-11-28",
            })
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.load(response)

    def pages(self, path):
        page = 1
        while True:
            separator = "&" if "?" in path else "?"
            items = self.call("GET", f"{path}{separator}per_page=100&page={page}")
            yield from items
            if len(items) < 100:
                return
            page += 1


def pull_request_number(github, event_name, event):
    """The pull request the summary belongs to, or None when the event has none."""
    if "pull_request" in event:
        return event["pull_request"]["number"]
    run = event.get("workflow_run")
    if event_name != "workflow_run" or not run or run.get("event") != "pull_request":
        return None
    if run.get("pull_requests"):
        return run["pull_requests"][0]["number"]
    # A fork's pull request is not listed on the run: find it by the head it ran on.
    head = f"{run['head_repository']['owner']['login']}:{run['head_branch']}"
    query = urllib.parse.urlencode({"state": "open", "head": head})
    for pull in github.pages(f"/pulls?{query}"):
        if pull["head"]["sha"] == run["head_sha"]:
            return pull["number"]
    return None


def comment_body(summary):
    body = summary if summary.lstrip().startswith(MARKER) else f"{MARKER}\n{summary}"
    if len(body) > LIMIT:
        note = "\n\n… (truncated: the full summary is in the job summary and the report artifact)\n"
        body = body[: LIMIT - len(note)] + note
    return body


def post(github, number, body):
    """Updates the marked comment or creates it; returns 'updated' or 'created' and its URL."""
    for comment in github.pages(f"/issues/{number}/comments"):
        if (comment.get("body") or "").lstrip().startswith(MARKER):
            updated = github.call("PATCH", f"/issues/comments/{comment['id']}", {"body": body})
            return "updated", updated.get("html_url", "")
    created = github.call("POST", f"/issues/{number}/comments", {"body": body})
    return "created", created.get("html_url", "")


def is_fork(event):
    pull = event.get("pull_request") or {}
    head = ((pull.get("head") or {}).get("repo") or {}).get("full_name")
    return head is not None and head != pull.get("base", {}).get("repo", {}).get("full_name")


def advice(error, event):
    where = "The summary is in the job summary and the report artifact"
    if isinstance(error, urllib.error.HTTPError) and error.code in (401, 403, 404):
        if is_fork(event):
            return (f"Hundredfold could not post its comment (HTTP {error.code}): the token of a pull "
                    f"request from a fork is read-only. {where}; {COMPANION}.")
        return (f"Hundredfold could not post its comment (HTTP {error.code}): the token cannot write "
                f"pull-request comments; give the job `permissions: pull-requests: write`. {where}.")
    return f"Hundredfold could not post its comment ({error}). {where}."


def main():
    if len(sys.argv) != 2:
        print("usage: comment.py SUMMARY_FILE", file=sys.stderr)
        return 2
    event = {}
    try:
        with open(os.environ["GITHUB_EVENT_PATH"], encoding="utf-8") as file:
            event = json.load(file)
        with open(sys.argv[1], encoding="utf-8") as file:
            body = comment_body(file.read())
        github = GitHub(os.environ.get("GITHUB_API_URL", "https://api.github.com"),
                        os.environ["GITHUB_REPOSITORY"], os.environ.get("GITHUB_TOKEN", ""))
        number = pull_request_number(github, os.environ.get("GITHUB_EVENT_NAME", ""), event)
        if number is None:
            print("Hundredfold: not a pull request; no comment to post.")
            return 0
        action, url = post(github, number, body)
        print(f"Hundredfold: comment {action} on pull request #{number} {url}".rstrip())
    except Exception as error:  # a comment is never worth a red check
        print(f"::warning::{advice(error, event)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
