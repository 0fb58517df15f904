"""Measuring one build: wall and CPU time, peak memory of its process tree, exit status.

Every build runs as a fresh subprocess in its own session (so a timeout can kill
the whole tree). CPU time is user + system of the process and every child it
waited for; memory is sampled from /proc every 20 ms.
"""

from __future__ import annotations

import os
import re
import signal
import statistics
import subprocess
import textwrap
import threading
import time
from pathlib import Path


def _proc_mem_kb(pid: int) -> tuple[int, int]:
    """(VmRSS, VmHWM) of a process in KiB; zeros once it has exited."""
    rss = hwm = 0
    try:
        with open(f"/proc/{pid}/status", "rb") as fh:
            for line in fh:
                if line.startswith(b"VmRSS:"):
                    rss = int(line.split()[1])
                elif line.startswith(b"VmHWM:"):
                    hwm = int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return rss, hwm


def _reset_own_peak() -> None:
    """Reset this process's peak RSS, which a child inherits into its ru_maxrss."""
    try:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")
    except OSError:
        pass


def _proc_children(pid: int) -> list[int]:
    kids: list[int] = []
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            try:
                with open(f"/proc/{pid}/task/{tid}/children") as fh:
                    kids.extend(int(x) for x in fh.read().split())
            except OSError:
                pass
    except OSError:
        pass
    return kids


def _tree_mem_kb(root: int, hwm: dict) -> tuple[int, int]:
    """(summed RSS of the process tree, number of processes); updates hwm[pid]."""
    total, count, todo, seen = 0, 0, [root], set()
    while todo:
        pid = todo.pop()
        if pid in seen:
            continue
        seen.add(pid)
        rss, high = _proc_mem_kb(pid)
        if rss:
            total += rss
            count += 1
            hwm[pid] = max(hwm.get(pid, 0), high)
        todo.extend(_proc_children(pid))
    return total, count


def _tail(path: Path, lines: int = 25, chars: int = 4000) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    kept = [line.rstrip() for line in text.rstrip().splitlines()[-lines:]]
    return textwrap.dedent("\n".join(kept))[-chars:]


def measure(cmd: list[str], cwd: Path, log_dir: Path, label: str, timeout: float,
            env: dict | None = None) -> dict:
    """Run cmd once; wall/CPU seconds, peak memory, exit status, output tails."""
    log_dir.mkdir(parents=True, exist_ok=True)
    out_path, err_path = log_dir / f"{label}.stdout", log_dir / f"{label}.stderr"
    full_env = dict(os.environ, COLUMNS="200", **(env or {}))
    result = {"label": label, "cmd": cmd}
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        _reset_own_peak()
        start = time.perf_counter()
        try:
            proc = subprocess.Popen(cmd, cwd=cwd, stdout=out, stderr=err, stdin=subprocess.DEVNULL,
                                    env=full_env, start_new_session=True)
        except OSError as exc:
            result.update(ok=False, rc=None, error=f"could not start: {exc}", wall=None)
            return result
        peak = {"tree_kb": 0, "procs": 0}
        hwm: dict[int, int] = {}
        done = threading.Event()
        timed_out = threading.Event()

        def sample():
            while not done.is_set():
                kb, n = _tree_mem_kb(proc.pid, hwm)
                if kb > peak["tree_kb"]:
                    peak["tree_kb"] = kb
                peak["procs"] = max(peak["procs"], n)
                done.wait(0.02)

        def watchdog():
            if not done.wait(timeout):
                timed_out.set()
                try:
                    os.killpg(proc.pid, signal.SIGKILL)
                except OSError:
                    pass

        threads = [threading.Thread(target=sample, daemon=True),
                   threading.Thread(target=watchdog, daemon=True)]
        for t in threads:
            t.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        done.set()
        for t in threads:
            t.join()
        proc.returncode = os.waitstatus_to_exitcode(status)
    stdout = out_path.read_text(encoding="utf-8", errors="replace")
    stderr = err_path.read_text(encoding="utf-8", errors="replace")
    both = stdout + "\n" + stderr
    result.update(
        ok=proc.returncode == 0 and not timed_out.is_set(),
        rc=proc.returncode,
        timed_out=timed_out.is_set(),
        wall=wall,
        cpu=usage.ru_utime + usage.ru_stime,
        # ru_maxrss (KiB on Linux): the largest single process, the build or
        # any of its waited-for children (an upper bound: it also counts this
        # harness's resident size at the start, kept small and reset above).
        maxrss_mb=usage.ru_maxrss / 1024,
        # Largest VmHWM seen for any process of the tree (sampled every 20 ms).
        hwm_mb=max(hwm.values(), default=0) / 1024,
        # Summed RSS of the whole process tree, sampled every 20 ms.
        tree_peak_mb=peak["tree_kb"] / 1024,
        harness_rss_mb=_proc_mem_kb(os.getpid())[0] / 1024,
        max_procs=peak["procs"],
        warnings=len(re.findall(r"\bWARNING\b", both)),
        errors=len(re.findall(r"\b(?:ERROR|CRITICAL)\b", both)),
        stdout_tail=_tail(out_path, 8),
        stderr_tail=_tail(err_path),
    )
    m = re.search(r"Processed (\d+) articles?.*?(\d+) pages?", stdout, re.S)
    if m:
        result["articles_processed"] = int(m.group(1))
        result["pages_processed"] = int(m.group(2))
    return result


def peak_mb(res: dict) -> float:
    """Peak memory of one build: the larger of its largest process and its whole tree."""
    return max(res.get("maxrss_mb") or 0, res.get("hwm_mb") or 0, res.get("tree_peak_mb") or 0)


def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None
