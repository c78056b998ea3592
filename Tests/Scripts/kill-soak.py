#!/usr/bin/env python3
"""SIGKILL soak: kills `hundredfold run` and `hundredfold ci` at random points, runs each again
normally, and checks that nothing of the killed runs remains (temporary files, git worktrees,
processes) and that the destination report is never partial.

    python3 Tests/Scripts/kill-soak.py .build/debug/hundredfold [RUN_KILLS] [CI_KILLS] [SEED]

Prints one line per kill and a summary; exits 1 when anything was left behind.
"""
import json, os, random, shutil, subprocess, sys, tempfile, time

binary = os.path.abspath(sys.argv[1])
run_kills = int(sys.argv[2]) if len(sys.argv) > 2 else 50
ci_kills = int(sys.argv[3]) if len(sys.argv) > 3 else 10
rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 2026)

SCENARIO = """name: soak
schema: |
  CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT NOT NULL);
  CREATE TABLE orders(id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL, total REAL NOT NULL);
data:
  users: { rows: 200, columns: { name: { text: [5, 12] } } }
  orders: { rows: 2000, columns: { user_id: { ref: users.id }, total: { real: [1, 500] } } }
workload:
  params: { user_id: { pick: users.id } }
  steps:
    - query: SELECT id FROM orders WHERE user_id = :user_id
      as: orders
    - for_each: orders
      steps:
        - query: SELECT total FROM orders WHERE id = :id
requests: 30
scales: [1, 10, 100]
seed: 1
"""

def run(args, cwd, env, check=False):
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, check=check)

def hundredfold_processes(marker):
    found = []
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/environ", "rb") as f:
                if marker.encode() in f.read():
                    found.append(int(pid))
        except OSError:
            pass
    return found

def report_state(path):
    """'absent', 'complete' or 'partial' for the destination report."""
    if not os.path.exists(path):
        return "absent"
    try:
        json.load(open(path))
        return "complete"
    except ValueError:
        return "partial"

def soak(kind, kills, work, tmp, env):
    problems = 0
    for i in range(kills):
        args = [binary, "run", "Scenarios", "--out", "out/report.json"] if kind == "run" else \
               [binary, "ci", "--base", "main", "--out-dir", "out"]
        child = subprocess.Popen(args, cwd=work, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        delay = rng.uniform(0.05, 3.5 if kind == "run" else 8.0)
        time.sleep(delay)
        killed = child.poll() is None
        if killed:
            child.kill()
        child.wait()
        state = report_state(os.path.join(work, "out", "report.json"))
        time.sleep(1.0)  # an orphaned child notices its parent is gone within a moment
        again = run(args, work, env)
        left_tmp = sorted(os.listdir(tmp))
        worktrees = run(["git", "worktree", "list", "--porcelain"], work, env).stdout.count("worktree ")
        processes = [p for p in hundredfold_processes(env["SOAK_MARKER"]) if p != os.getpid()]
        ok = state != "partial" and again.returncode in (0, 1) and not left_tmp and worktrees == 1 and not processes
        problems += not ok
        print(f"{kind} kill {i + 1:2}: after {delay:.2f}s ({'killed' if killed else 'had finished'}), "
              f"report {state}, next run exit {again.returncode}, tmp {left_tmp or 'empty'}, "
              f"worktrees {worktrees}, processes {processes or 'none'}{'' if ok else '  <-- LEFT BEHIND'}")
    return problems

def main():
    root = tempfile.mkdtemp(prefix="hf-soak-")
    work, tmp = os.path.join(root, "repo"), os.path.join(root, "tmp")
    os.makedirs(os.path.join(work, "Scenarios")); os.makedirs(os.path.join(work, "out")); os.makedirs(tmp)
    open(os.path.join(work, "Scenarios", "soak.yml"), "w").write(SCENARIO)
    open(os.path.join(work, ".gitignore"), "w").write("out/\n.hundredfold/\n")
    marker = f"hf-soak-{os.getpid()}"
    env = dict(os.environ, TMPDIR=tmp, SOAK_MARKER=marker, GIT_AUTHOR_NAME="soak", GIT_AUTHOR_EMAIL="s@x",
               GIT_COMMITTER_NAME="soak", GIT_COMMITTER_EMAIL="s@x")
    run(["git", "init", "-q", "-b", "main"], work, env, check=True)
    run(["git", "add", "-A"], work, env, check=True)
    run(["git", "commit", "-q", "-m", "base"], work, env, check=True)
    problems = soak("run", run_kills, work, tmp, env) + soak("ci", ci_kills, work, tmp, env)
    print(f"{run_kills} kills of run, {ci_kills} of ci: {problems} left something behind")
    shutil.rmtree(root, ignore_errors=True)
    sys.exit(1 if problems else 0)

main()
