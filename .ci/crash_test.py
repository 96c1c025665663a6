#!/usr/bin/env python3
"""Crash-safety test: writes profiles and single-control updates to a running server, SIGKILLs it at
random moments, restarts it over the same TDB2 directory and checks that every write answered 2xx is
there whole (and the write in flight at the kill is either wholly there or wholly absent).

usage: crash_test.py --jar server/target/crosswalk.jar --port 39555 [--kills 20] [--max-seconds 600]
Standard library only: it runs under Debian's /usr/bin/python3 in .ci/run.
"""
import argparse, atexit, copy, json, os, random, shutil, signal, socket, subprocess, sys, tempfile, threading, time
import http.client, urllib.error, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ORGS = ["crash-a", "crash-b", "crash-c"]
STATUSES = ["implemented", "partial", "planned", "not-applicable"]  # the profile shapes' statuses
ADMIN_KEY = "crash-test-admin-key-" + "%016x" % random.getrandbits(64)


class Failure(Exception):
    pass


def call(method, url, key, body=None, timeout=60):
    """(status, parsed JSON or None). HTTP errors come back as a status; connection errors raise OSError."""
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(url, data=data, method=method, headers={"Authorization": "Bearer " + key})
    if data is not None:
        req.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            text = r.read()
            return r.status, json.loads(text) if text else None
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode(errors="replace")[:300]


def canon(controls):
    """A profile's controls as ref -> (status, justification, evidence): order is not part of the state."""
    return {c.get("provision"): (c.get("status"), c.get("justification"), tuple(c.get("evidence") or ())) for c in controls}


class Org:
    """What the server must hold for one organisation: the state after the last acknowledged write,
    and the state after the write in flight at the kill (it may or may not have committed)."""

    def __init__(self, oid, template):
        self.id, self.template = oid, template
        self.key = None
        self.name, self.controls = None, None      # acknowledged state
        self.history = 0                           # history entries the acknowledged writes made
        self.last = None                           # (action, detail) of the last applied write
        self.pending = None                        # (name, controls, last) of the in-flight write
        self.acked = self.seq = 0
        self.errors = []                           # 5xx, other unexpected answers, early connection loss

    def profile(self, name, controls):
        p = copy.deepcopy(self.template)
        p["organisation"]["id"], p["organisation"]["name"] = self.id, name
        p["controls"] = [{"provision": r, "status": s, "justification": j, "evidence": list(e)} for r, (s, j, e) in controls.items()]
        return p


def writer(base, org, rng, killing, flowing):
    """One writer per organisation, so each has at most one write in flight."""
    refs = list(canon(org.template["controls"]))
    while not killing.is_set():
        org.seq += 1
        n = org.seq
        if rng.random() < 0.15:  # whole-profile replace: every control and the name carry the sequence number
            name = "Crash %s rev %d" % (org.id, n)
            controls = {r: (s, "%s [rev %d]" % (j, n), e) for r, (s, j, e) in canon(org.template["controls"]).items()}
            last = ("replace-profile", None)
            args = ("PUT", "%s/orgs/%s/profile" % (base, org.id), org.key, org.profile(name, controls))
        else:
            ref, status = rng.choice(refs), rng.choice(STATUSES)
            name, controls = org.name, dict(org.controls)
            controls[ref] = (status, "crash-test %s seq %d" % (org.id, n), ("EV-%s-%d" % (org.id, n),))
            last = ("update-control", "%s -> %s" % (ref, status))
            body = {"status": status, "justification": controls[ref][1], "evidence": list(controls[ref][2])}
            args = ("PUT", "%s/orgs/%s/controls/%s" % (base, org.id, urllib.request.quote(ref, safe=":/")), org.key, body)
        try:
            code, answer = call(*args)
        except (OSError, http.client.HTTPException, ValueError) as e:  # no whole answer: it may or may not have committed
            org.pending = (name, controls, last)
            if not killing.is_set():
                org.errors.append("connection lost before the kill: %r" % e)
            return
        if not 200 <= code < 300:
            org.errors.append("%s %s -> %d %s" % (args[0], args[1], code, answer))
            return
        org.name, org.controls, org.last = name, controls, last
        org.history += 1
        org.acked += 1
        flowing.set()


def verify(base, org, baseline):
    """The stored profile must be whole and equal the acknowledged state or the in-flight one.
    Returns True when the in-flight write turned out applied."""
    where = "%s after restart" % org.id
    code, p = call("GET", "%s/orgs/%s/profile" % (base, org.id), org.key)
    if code == 401:
        raise Failure("%s: the organisation's key is refused (401): the acknowledged key issue was lost" % where)
    if code != 200 or not isinstance(p, dict):
        raise Failure("%s: GET profile -> %d %s (acknowledged profile lost)" % (where, code, p))
    if set(p) != set(org.template) or len(p["controls"]) != len(org.controls) or len(p["aiSystems"]) != len(org.template["aiSystems"]):
        raise Failure("%s: partial profile: keys %s, %d controls, %d AI systems (expected %d, %d)" % (
            where, sorted(p), len(p.get("controls", [])), len(p.get("aiSystems", [])), len(org.controls), len(org.template["aiSystems"])))
    stored, rest = canon(p["controls"]), {k: v for k, v in p.items() if k != "controls"}
    name = rest["organisation"].pop("name", None)
    if len(stored) != len(p["controls"]) or rest != baseline:
        raise Failure("%s: partial profile: duplicate controls or changed organisation/AI systems/scope" % where)
    applied = org.pending is not None and (name, stored) == org.pending[:2]
    if not applied and (name, stored) != (org.name, org.controls):
        lost = sorted(r for r in org.controls if stored.get(r) != org.controls[r])
        raise Failure("%s: stored profile is neither the acknowledged state nor the in-flight one: name %r (acked %r); "
                      "controls differing from the acknowledged state: %s" % (where, name, org.name, lost[:5]))
    if applied:
        org.name, org.controls, org.last = org.pending
        org.history += 1
    org.pending = None
    code, h = call("GET", "%s/orgs/%s/history" % (base, org.id), org.key)
    if code != 200 or len(h) != org.history:
        raise Failure("%s: history has %s entries, the profile's writes made %d" % (where, len(h) if code == 200 else code, org.history))
    action, detail = org.last
    if h[-1]["action"] != action or (detail and h[-1]["detail"] != detail):
        raise Failure("%s: last history entry %s, expected %s" % (where, h[-1], org.last))
    code, _ = call("GET", "%s/orgs/%s/gaps" % (base, org.id), org.key)
    if code != 200:
        raise Failure("%s: GET gaps -> %d" % (where, code))
    return applied


class Server:
    def __init__(self, jar, port, data, log):
        self.jar, self.port, self.data, self.log, self.proc = jar, port, data, log, None

    def start(self, deadline):
        with socket.socket() as s:  # a stale server on the port would answer /health for us
            if s.connect_ex(("127.0.0.1", self.port)) == 0:
                raise Failure("port %d is already in use" % self.port)
        env = dict(os.environ, CROSSWALK_ADMIN_KEY=ADMIN_KEY)
        with open(self.log, "ab") as out:
            self.proc = subprocess.Popen(["java", "-jar", self.jar, "serve", "--port", str(self.port), "--data", self.data],
                                         stdout=out, stderr=subprocess.STDOUT, env=env)
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise Failure("server exited with %d while starting (log: %s):\n%s" % (self.proc.returncode, self.log, self.tail()))
            try:
                if call("GET", "http://localhost:%d/api/v1/health" % self.port, "", timeout=5)[0] == 200:
                    return
            except (OSError, http.client.HTTPException):
                pass  # not listening yet
            time.sleep(0.25)
        raise Failure("server not healthy before the time limit (log: %s)" % self.log)

    def kill(self):
        if self.proc and self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
            self.proc.wait()

    def tail(self):
        with open(self.log, errors="replace") as f:
            return "".join(f.readlines()[-30:])


def run(args, server, orgs):
    start = time.monotonic()
    deadline = start + args.max_seconds
    base = "http://localhost:%d/api/v1" % args.port
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    rng = random.Random(seed)
    print("crash-test: seed %d, %d organisations, data %s" % (seed, len(orgs), server.data), flush=True)
    server.start(deadline)
    # Key issues and profile creations are acknowledged writes too: later restarts must keep them.
    for org in orgs:
        code, k = call("POST", "%s/admin/orgs/%s/keys" % (base, org.id), ADMIN_KEY, {"owner": "crash-test"})
        if code != 201:
            raise Failure("issuing a key for %s -> %d %s" % (org.id, code, k))
        org.key = k["key"]
        org.name, org.controls = org.template["organisation"]["name"], canon(org.template["controls"])
        code, answer = call("PUT", "%s/orgs/%s/profile" % (base, org.id), org.key, org.profile(org.name, org.controls))
        if code != 201:
            raise Failure("creating %s's profile -> %d %s" % (org.id, code, answer))
        org.history, org.last, org.acked = 1, ("create-profile", None), 2
    # What a profile holds beside the name and controls, as the server normalises it; no write changes it.
    baselines = {}
    for org in orgs:
        p = call("GET", "%s/orgs/%s/profile" % (base, org.id), org.key)[1]
        baselines[org.id] = {k: v for k, v in p.items() if k != "controls"}
        baselines[org.id]["organisation"].pop("name")
    kills = applied = in_flight_total = 0
    while kills < args.kills:
        if time.monotonic() > deadline:
            raise Failure("only %d of %d kills within %d s" % (kills, args.kills, args.max_seconds))
        killing, flowing = threading.Event(), threading.Event()
        threads = [threading.Thread(target=writer, args=(base, o, random.Random(rng.random()), killing, flowing), daemon=True)
                   for o in orgs]
        before = sum(o.acked for o in orgs)
        for t in threads:
            t.start()
        # The first writes after a start are slow (cold JIT, one TDB2 writer at a time): time the kill from
        # the first acknowledgement so every cycle has acknowledged writes to check, and writes in flight.
        flowing.wait(30)
        time.sleep(rng.uniform(0.3, 3.0))
        killing.set()
        server.kill()
        kills += 1
        for t in threads:
            t.join()
        errors = [e for o in orgs for e in o.errors]
        if errors:
            raise Failure("during writing: " + "; ".join(errors))
        in_flight = sum(o.pending is not None for o in orgs)
        server.start(deadline)
        found = sum(verify(base, o, baselines[o.id]) for o in orgs)
        applied += found
        in_flight_total += in_flight
        print("cycle %d: %d writes acknowledged, %d in flight at the kill (%d found applied), restart verified (%.0f s)" % (
            kills, sum(o.acked for o in orgs) - before, in_flight, found, time.monotonic() - start), flush=True)
    server.kill()
    acked = sum(o.acked for o in orgs)
    print("(%d in-flight writes found committed, %d found absent; %.0f s)" % (applied, in_flight_total - applied, time.monotonic() - start))
    print("crash-safety: %d kills, %d acknowledged writes verified, 0 lost, 0 partial" % (kills, acked))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--jar", default=os.path.join(ROOT, "server/target/crosswalk.jar"))
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--kills", type=int, default=20)
    ap.add_argument("--max-seconds", type=int, default=600)
    ap.add_argument("--seed", type=int)
    args = ap.parse_args()
    work = tempfile.mkdtemp(prefix="crosswalk-crash-")
    jar = os.path.join(work, "crosswalk.jar")
    shutil.copy(args.jar, jar)  # a concurrent Maven build may rewrite the original while we run
    server = Server(jar, args.port, os.path.join(work, "data"), os.path.join(work, "server.log"))
    atexit.register(server.kill)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))  # so a CI timeout still runs the finally below
    with open(os.path.join(ROOT, "examples/uk-bank.json")) as f:
        template = json.load(f)
    ok = False
    try:
        run(args, server, [Org(o, template) for o in ORGS])
        ok = True
    except Exception as e:  # a Failure, or the server stopped answering during verification
        print("crash-test: FAIL: %s" % (e if isinstance(e, Failure) else repr(e)), flush=True)
        if server.proc:
            print("server log tail (%s):\n%s" % (server.log, server.tail()))
    finally:
        server.kill()
        if ok:
            shutil.rmtree(work, ignore_errors=True)
        else:
            print("kept for inspection: %s" % work)
    print("crash-test: %d passed, %d failed" % (ok, not ok))
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
