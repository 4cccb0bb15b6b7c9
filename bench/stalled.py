#!/usr/bin/env python3
"""Slow and stalled clients against a running Haven, for docs/RELIABILITY.md.

  stalled.py exports URL N      N clients ask for the CSV export and never read; prints the server's RSS
  stalled.py heads URL N        N clients send half a request head and then nothing
  stalled.py trickle URL N      N clients send a request head one byte every 2 s (slowloris)

With --pid PID it samples the server's RSS (VmRSS) before, with the clients connected, and after they leave;
it also times a normal API request while they hold on, and counts how many of them the server has closed.
"""
import argparse, socket, sys, time, urllib.request, urllib.parse

def rss_mb(pid):
    if not pid:
        return None
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return None

def fds(pid):
    """File descriptors the server has open (its sockets, mostly): what it still holds for the clients."""
    import os
    try:
        return len(os.listdir(f"/proc/{pid}/fd")) if pid else None
    except OSError:
        return None

def probe(base):
    start = time.monotonic()
    try:
        with urllib.request.urlopen(base + "/api/v1/facilities?near=10001&per_page=5", timeout=30) as r:
            r.read()
            status = r.status
    except Exception as e:  # noqa: BLE001 - report whatever happened
        status = type(e).__name__
    return status, time.monotonic() - start

def drain(socks):
    """Reads what each client was sent; returns (closed by the server, first status line counts)."""
    closed, statuses = 0, {}
    for s in socks:
        s.setblocking(False)
        first = b""
        try:
            while True:
                data = s.recv(65536)
                if not data:
                    closed += 1
                    break
                first = first or data
        except BlockingIOError:
            pass
        except OSError:
            closed += 1
        status = first.split(b"\r\n", 1)[0].decode(errors="replace") or "(nothing)"
        statuses[status] = statuses.get(status, 0) + 1
    return closed, statuses

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["exports", "heads", "trickle"])
    ap.add_argument("url")
    ap.add_argument("n", type=int)
    ap.add_argument("--pid", type=int)
    ap.add_argument("--hold", type=float, default=20, help="seconds the clients hold on")
    ap.add_argument("--gzip", action="store_true", help="exports ask for gzip (smaller: more of it fits in socket buffers)")
    args = ap.parse_args()
    u = urllib.parse.urlparse(args.url)
    host, port = u.hostname, u.port or 80
    print(f"RSS before: {rss_mb(args.pid)} MB, server fds {fds(args.pid)}")
    socks = []
    for i in range(args.n):
        s = socket.socket()
        s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)  # a phone on a bad line: reads nothing
        if host.startswith("127."):
            s.bind((f"127.0.{1 + i // 250}.{1 + i % 250}", 0))  # distinct clients: loopback answers all of 127/8
        s.connect((host, port))
        if args.mode == "exports":
            gzip = "Accept-Encoding: gzip\r\n" if args.gzip else ""
            s.sendall(f"GET /api/v1/facilities.csv HTTP/1.1\r\nHost: {host}\r\n{gzip}\r\n".encode())
        elif args.mode == "heads":
            s.sendall(f"GET /search?zip=10001 HTTP/1.1\r\nHost: {host}\r\n".encode())
        else:
            s.sendall(b"G")
        socks.append(s)
    t0 = time.monotonic()
    peak = 0
    trickle = b"ET /search?zip=10001 HTTP/1.1\r\nHost: x\r\n\r\n"
    pos = 0
    probes = []
    while time.monotonic() - t0 < args.hold:
        if args.mode == "trickle" and pos < len(trickle):
            for s in socks:
                try:
                    s.send(trickle[pos:pos + 1])
                except OSError:
                    pass
            pos += 1
        peak = max(peak, rss_mb(args.pid) or 0)
        probes.append(probe(f"http://{host}:{port}"))
        if len(probes) % 5 == 1:
            print(f"  t={time.monotonic() - t0:4.0f} s  RSS {rss_mb(args.pid) or 0:.0f} MB  server fds {fds(args.pid)}  API {probes[-1][0]} in {probes[-1][1] * 1000:.0f} ms", flush=True)
        time.sleep(2)
    print(f"RSS with {args.n} {args.mode} clients: peak {peak:.0f} MB")
    worst = max(p[1] for p in probes)
    print(f"API requests while they hold on: {len(probes)}, statuses {sorted(set(str(p[0]) for p in probes))}, slowest {worst * 1000:.0f} ms")
    print(f"server fds at the end: {fds(args.pid)}")
    closed, statuses = drain(socks)
    print(f"connections the server closed within {args.hold:.0f} s: {closed} of {args.n}; answers: {statuses}")
    for s in socks:
        s.close()
    time.sleep(3)
    print(f"RSS after they left: {rss_mb(args.pid)} MB; API: {probe(f'http://{host}:{port}')}")

if __name__ == "__main__":
    sys.exit(main())
