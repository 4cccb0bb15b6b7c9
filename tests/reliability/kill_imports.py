#!/usr/bin/env python3
"""SIGKILL `haven import samhsa` at random moments; the data must be intact every time (issue 8).

Usage: kill_imports.py HAVEN_BINARY RUNS [--seed N]
The database comes from the environment as for haven itself (HAVEN_SQLITE_PATH, or DATABASE_URL for PostgreSQL)
and must already hold the national directories (`haven import all`). Two editions alternate: the real one (A) and
a copy with every phone number's last digit changed (B), so each import rewrites every facility in one
transaction. Each run: fingerprint, start an import, kill -9 it after a random delay, then check
  - the database is intact (SQLite: PRAGMA integrity_check),
  - it holds exactly the state before the import or exactly the state after it (never a mix),
  - the next import is not blocked by a stale lock and completes.
Prints one line per run; exits 1 at the first failure.
"""
import argparse, csv, hashlib, os, random, signal, sqlite3, subprocess, sys, tempfile, time
from pathlib import Path
from urllib.parse import urlparse

DATA = Path(os.environ.get("HAVEN_DATA_DIR", Path(__file__).resolve().parents[2] / ".." / "shared" / "data")).resolve() / "samhsa"
FILES = ["national_directory_sa_2022_facilities.csv", "national_directory_mh_2022_facilities.csv"]
SHEETS = ["national_directory_sa_2022_service_codes.csv", "national_directory_mh_2022_service_codes.csv"]


def edition_b(folder: Path) -> list:
    """The same files with each phone's last digit moved on by one: every facility changes, none is dropped."""
    for sheet in SHEETS:
        (folder / sheet).write_bytes((DATA / sheet).read_bytes())
    out = []
    for name in FILES:
        with open(DATA / name, newline="", encoding="utf-8") as f:
            rows = list(csv.reader(f))
        phone = rows[0].index("phone")
        for row in rows[1:]:
            p = row[phone]
            if p and p[-1].isdigit():
                row[phone] = p[:-1] + str((int(p[-1]) + 1) % 10)
        with open(folder / name, "w", newline="", encoding="utf-8") as f:
            csv.writer(f, lineterminator="\r\n").writerows(rows)
        out.append(str(folder / name))
    return out


def fingerprint():
    """(revision, facilities, source records, digest of every facility's id and phone), and whether the file is sound."""
    url = os.environ.get("DATABASE_URL")
    if url:
        u = urlparse(url)
        q = ("SELECT (SELECT revision FROM data_state), (SELECT count(*) FROM facilities), (SELECT count(*) FROM source_records), "
             "(SELECT md5(string_agg(id::text || ':' || phone, ',' ORDER BY id)) FROM facilities)")
        out = subprocess.run(["psql", "-h", u.hostname, "-p", str(u.port), "-U", u.username or "postgres", "-d", u.path.lstrip("/"),
                              "-Atc", q], check=True, capture_output=True, text=True).stdout.strip()
        return tuple(out.split("|")), True
    db = sqlite3.connect(os.environ.get("HAVEN_SQLITE_PATH", "haven.sqlite"))
    try:
        ok = db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rev = db.execute("SELECT revision FROM data_state").fetchone()[0]
        n = db.execute("SELECT count(*) FROM facilities").fetchone()[0]
        s = db.execute("SELECT count(*) FROM source_records").fetchone()[0]
        h = hashlib.md5(",".join(f"{i}:{p}" for i, p in db.execute("SELECT id, phone FROM facilities ORDER BY id")).encode()).hexdigest()
        return (str(rev), str(n), str(s), h), ok
    finally:
        db.close()


def run_import(binary, files, timeout=600):
    started = time.monotonic()
    p = subprocess.run([binary, "import", "samhsa", *files], env={**os.environ, "LOG_LEVEL": "warning"},
                       capture_output=True, text=True, timeout=timeout)
    if p.returncode != 0:
        sys.exit(f"the import after a kill failed ({p.returncode}):\n{p.stdout[-2000:]}\n{p.stderr[-2000:]}")
    return time.monotonic() - started


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("runs", type=int)
    ap.add_argument("--seed", type=int, default=int(time.time()))
    args = ap.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        editions = {"A": [str(DATA / f) for f in FILES], "B": edition_b(Path(tmp))}
        # How long a whole import takes here, to kill inside it.
        took = run_import(args.binary, editions["B"])
        run_import(args.binary, editions["A"])
        print(f"kill test (seed {args.seed}): a whole import takes {took:.1f} s")
        target = "B"
        for run in range(1, args.runs + 1):
            before, ok = fingerprint()
            if not ok:
                sys.exit("the database failed its integrity check before the run")
            delay = took * rng.uniform(0.4, 1.0)  # the write transaction comes after reading and geocoding
            proc = subprocess.Popen([args.binary, "import", "samhsa", *editions[target]], env={**os.environ, "LOG_LEVEL": "warning"},
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(delay)
            finished = proc.poll() is not None
            if not finished:
                proc.send_signal(signal.SIGKILL)
            proc.wait()
            killed, ok = fingerprint()
            if not ok:
                sys.exit(f"run {run}: integrity check failed after SIGKILL at {delay:.2f} s")
            again = run_import(args.binary, editions[target], timeout=300)  # a stale lock would hang here
            after, ok = fingerprint()
            if killed == before:
                state = "untouched"
            elif killed == after:
                state = "complete"
            else:
                sys.exit(f"run {run}: SIGKILL at {delay:.2f} s left a mix: before {before}, after kill {killed}, after {after}")
            how = "finished before the kill" if finished else f"killed at {delay:.2f} s"
            print(f"  run {run}: edition {target}, {how}: data {state}, intact; the next import took {again:.1f} s")
            target = "A" if target == "B" else "B"


if __name__ == "__main__":
    main()
