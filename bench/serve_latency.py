#!/usr/bin/env python3
"""Times `sitegen serve`'s rebuild latency: from saving an article to the live-reload event reaching a browser, and to
the preview event that shows the edited page before the rebuild ends.

serve_latency.py SITEGEN SITE ARTICLE EDITS LABEL [--middle]
starts `SITEGEN serve --root SITE --port 0` (a free port), waits for the first build, subscribes to the live-reload
event stream as a browser page does, then EDITS times appends a paragraph to ARTICLE (a path inside SITE/seeds that is
a copy of its own, not a hard link into a corpus) and measures, with time.monotonic, from the write to the `reload`
event (--middle: inserts it halfway down the article instead, so a last line such as its editor's stays last, as a
writer's edit does). Prints one line per edit, "LABEL SECONDS CPU PREVIEW": CPU is the server's user + system time from the write
until just before the next edit (all the work the edit caused, on Linux; "-" elsewhere); PREVIEW the seconds from the
write until the page the `preview` event names has been fetched again with the new paragraph in it, as a browser
reloads it ("-" when the server sent no preview), for bench/run.sh's table. Only the standard library is used.
"""
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.request

EVENTS_PATH = "/__sitegen/events"  # LiveReload.EventsPath
FIRST_BUILD_LIMIT = 600  # seconds; a cold 50,000-article build on a busy machine takes minutes
RELOAD_LIMIT = 60
SETTLE = 1.0  # seconds between edits, so each edit is a rebuild of its own and not folded into the last one


def wait_until_serving(server):
    """The serve command prints 'serving ... at URL' once the first build is done; its later lines are drained on a
    thread so that a full pipe never stalls the server."""
    serving = threading.Event()
    port = []

    def read():
        for line in server.stdout:
            if line.startswith("serving ") and not serving.is_set():
                # "serving FOLDER at http://127.0.0.1:PORT/ (Ctrl+C to stop)": --port 0 let the system pick the port.
                port.append(int(line.split(" at http://", 1)[1].split("/", 1)[0].rsplit(":", 1)[1]))
                serving.set()

    threading.Thread(target=read, daemon=True).start()
    if not serving.wait(FIRST_BUILD_LIMIT):
        raise SystemExit(f"sitegen serve did not finish its first build (exit code {server.poll()})")
    return port[0]


class EventStream:
    """A minimal Server-Sent Events reader over a raw socket: yields each event's name and first data line as they arrive."""

    def __init__(self, port):
        self.sock = socket.create_connection(("127.0.0.1", port))
        self.sock.sendall(f"GET {EVENTS_PATH} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAccept: text/event-stream\r\n\r\n".encode())
        self.buffer = b""
        self.headers_done = False

    def next_event(self, limit):
        self.sock.settimeout(limit)
        while True:
            if not self.headers_done and b"\r\n\r\n" in self.buffer:
                self.buffer = self.buffer.split(b"\r\n\r\n", 1)[1]
                self.headers_done = True
            if self.headers_done:
                # Chunked transfer: chunk-size lines sit between events (each event is written in one chunk); only
                # "event: NAME" and the "data: TEXT" line after it matter here.
                at = self.buffer.find(b"event: ")
                if at >= 0:
                    end = self.buffer.find(b"\n", at)
                    data_end = self.buffer.find(b"\n", end + 1) if end >= 0 else -1
                    if data_end >= 0:
                        name = self.buffer[at + 7:end].decode().strip()
                        line = self.buffer[end + 1:data_end].decode().strip()
                        self.buffer = self.buffer[data_end + 1:]
                        return name, line[6:] if line.startswith("data: ") else ""
            data = self.sock.recv(65536)
            if not data:
                raise SystemExit("the event stream closed")
            self.buffer += data

    def close(self):
        self.sock.close()


def cpu_seconds(pid):
    """User + system CPU time of a process so far, from /proc (Linux); None where there is no /proc."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def main():
    sitegen, site, article, edits, label = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5]
    middle = "--middle" in sys.argv[6:]
    server = subprocess.Popen([sitegen, "serve", "--root", site, "--port", "0"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        port = wait_until_serving(server)
        events = EventStream(port)
        if events.next_event(RELOAD_LIMIT)[0] != "hello":
            raise SystemExit("the event stream did not start with hello")
        time.sleep(SETTLE)
        for i in range(edits):
            cpu_before = cpu_seconds(server.pid)
            start = time.monotonic()
            paragraph = f"Paragraf tambahan pada suntingan server {i + 1}."
            if middle:
                with open(article, encoding="utf-8", errors="surrogateescape", newline="") as f:
                    lines = f.read().split("\n")
                lines.insert(len(lines) // 2, paragraph)
                with open(article, "w", encoding="utf-8", errors="surrogateescape", newline="") as f:
                    f.write("\n".join(lines))
            else:
                with open(article, "a", encoding="utf-8") as f:
                    f.write(paragraph + "\n")
            preview = None
            while True:
                name, data = events.next_event(RELOAD_LIMIT)
                if name == "preview" and preview is None:
                    # What a browser does on the event: fetch the page again. It counts once the page has the new text.
                    with urllib.request.urlopen(f"http://127.0.0.1:{port}{data}", timeout=RELOAD_LIMIT) as page:
                        if f"suntingan server {i + 1}." in page.read().decode("utf-8"):
                            preview = time.monotonic() - start
                if name == "reload":
                    break
                if name == "build-error":
                    raise SystemExit("the rebuild failed")
            latency = time.monotonic() - start
            time.sleep(SETTLE)
            cpu_after = cpu_seconds(server.pid)
            cpu = "-" if cpu_before is None or cpu_after is None else f"{cpu_after - cpu_before:.2f}"
            shown = "-" if preview is None else f"{preview:.4f}"
            print(f"{label} {latency:.4f} {cpu} {shown}", flush=True)
        events.close()
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()


if __name__ == "__main__":
    main()
