# Peers for `npm run bench:compare`: PageRank and betweenness by igraph and networkx on an edge
# list written by compare.ts (first line: node count; then "source target" per line, indices).
# Prints one JSON object: per library, per metric, the run times (seconds) and the scores.
import json
import sys
import time

path, runs, nx_betweenness = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "1"
# 4th argument "0": skip igraph's exact betweenness too (minutes on 100k-node families).
ig_betweenness = len(sys.argv) < 5 or sys.argv[4] == "1"
# 5th: igraph PageRank calls timed after one untimed warm-up call (compare.ts times ours alike).
pr_runs = int(sys.argv[5]) if len(sys.argv) > 5 else runs
# 6th: exact betweenness calls timed (compare.ts times as many of ours: 5 where a call is quick).
bc_runs = int(sys.argv[6]) if len(sys.argv) > 6 else runs
with open(path) as f:
    n = int(f.readline())
    edges = [tuple(map(int, line.split())) for line in f if line.strip()]

out = {"n": n, "m": len(edges)}
scale = 1.0 / ((n - 1) * (n - 2)) if n > 2 else 1.0


def timed(fn, repeat):
    times, result = [], None
    global last_cpu
    last_cpu = []
    for _ in range(repeat):
        c = time.process_time()
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
        last_cpu.append(time.process_time() - c)
    return times, result


# CPU seconds of the last timed() call's runs (process time: what load on other cores does not add).
last_cpu = []


try:
    import igraph

    build, g = timed(lambda: igraph.Graph(n=n, edges=edges, directed=True), runs)
    # One untimed call first, as ours gets warm-up calls. igraph's PRPACK runs OpenMP loops:
    # compare.ts sets OMP_NUM_THREADS=1 (one thread, as ours), without which its time on this
    # shared 2-core machine swung between ~10 and ~1500 ms a call (spinning threads on busy cores).
    g.pagerank(damping=0.85, directed=True)
    pr_t, pr = timed(lambda: g.pagerank(damping=0.85, directed=True), pr_runs)
    out["igraph"] = {
        "version": igraph.__version__,
        "build": build,
        "pagerank": {"times": pr_t, "scores": list(pr)},
    }
    if ig_betweenness:
        bc_t, bc = timed(lambda: g.betweenness(directed=True), bc_runs)
        out["igraph"]["betweenness"] = {"times": bc_t, "cpu": last_cpu, "scores": [x * scale for x in bc]}
except ImportError as error:
    out["igraph"] = {"missing": str(error)}

try:
    import networkx as nx

    build, G = timed(lambda: nx.DiGraph(edges), 1)
    G.add_nodes_from(range(n))
    pr_t, pr = timed(lambda: nx.pagerank(G, alpha=0.85, tol=1e-10, max_iter=1000), 1)
    entry = {
        "version": nx.__version__,
        "build": build,
        "pagerank": {"times": pr_t, "scores": [pr[i] for i in range(n)]},
    }
    if nx_betweenness:
        bc_t, bc = timed(lambda: nx.betweenness_centrality(G, normalized=True), 1)
        entry["betweenness"] = {"times": bc_t, "scores": [bc[i] for i in range(n)]}
    out["networkx"] = entry
except ImportError as error:
    out["networkx"] = {"missing": str(error)}

json.dump(out, sys.stdout)
