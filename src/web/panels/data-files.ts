// Your own data: open or drop JSON data files, GEXF, GraphML or a nodes + edges CSV pair. The
// others become data files through the same adapters as `chokepoint import` (src/io/import-files.ts),
// then everything goes through the same loader as the CLI, on top of the bundled files and those
// added before; the loader's messages are listed here, and nothing is applied when any file is
// invalid. A valid set replaces the view with the merged graph.
import { importFiles } from "../../io/import-files.ts";
import { decodeDataFile } from "../../load/decode.ts";
import { formatIssue, type LoadIssue } from "../../load/issues.ts";
import type { SourceFile } from "../../load/validate-file.ts";
import type { App } from "../app.ts";
import { el } from "../dom.ts";
import { openSessionOffThread } from "../load-client.ts";

/**
 * The most data one tab takes: checking, analysis and the flow layout run in the load worker, but
 * the graph, sigma's index and the drawing are the page's, and past about this size (~25k nodes of
 * generated supply network) those take many seconds. Larger networks belong in the CLI.
 */
export const MAX_USER_DATA_BYTES = 12 * 1024 * 1024;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export interface DataControls {
  /** Loads files as if dropped (also used by the tests through the file input). */
  add(files: File[]): Promise<void>;
}

export function mountDataFiles(toolbar: HTMLElement, report: HTMLElement, app: App, bundled: SourceFile[]): DataControls {
  const input = el("input", { attrs: { type: "file", id: "data-input", accept: ".json,.gexf,.graphml,.xml,.csv,application/json", multiple: "" } });
  input.className = "visually-hidden";
  const open = el("label", { className: "button", text: "Open data…", attrs: { for: "data-input", tabindex: "0", role: "button" } });
  open.addEventListener("keydown", (event) => {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      input.click();
    }
  });
  const reset = el("button", { text: "Bundled only", attrs: { type: "button", title: "Drop the files you added" } });
  reset.hidden = true;
  toolbar.replaceChildren(open, input, reset);

  const show = (title: string, lines: string[], isError: boolean) => {
    const dismiss = el("button", { className: "icon-button", text: "×", attrs: { type: "button", "aria-label": "Dismiss" } });
    dismiss.addEventListener("click", () => (report.hidden = true));
    report.className = `panel data-report ${isError ? "errors" : "ok"}`;
    report.dataset["state"] = isError ? "error" : "ok";
    report.replaceChildren(
      el("div", { className: "inspect-header" }, [el("h2", { text: title }), dismiss]),
      el("ul", { className: "issue-list" }, lines.map((line) => el("li", { text: line }))),
    );
    report.hidden = false;
  };

  // The files under the user's: the bundled ones, as the Add form may have changed them.
  const base = () => app.view.session.files.filter((f) => !app.view.session.userFiles.includes(f));
  // Reading, checking and analysing run in the load worker (load-client.ts); the report shows its stage.
  const progress = (stage: string, done: number, total: number) => {
    const line = report.querySelector("li");
    if (report.dataset["state"] === "loading" && line) line.textContent = `${stage} (step ${Math.min(done + 1, total)} of ${total})`;
  };
  const apply = async (userFiles: SourceFile[], added: string[], under: SourceFile[] = base()) => {
    let opened = await openSessionOffThread(under, userFiles, progress);
    // A full export (the JSON button) repeats every bundled id: when duplicates are the only
    // problem and the files load alone, they replace the bundled data instead, and the report says so.
    let replaced = false;
    if (!opened.ok && userFiles.length > 0 && opened.issues.every((i) => i.code === "duplicate-id" || i.code === "duplicate-edge")) {
      const alone = await openSessionOffThread([], userFiles, progress);
      if (alone.ok) [opened, replaced] = [alone, true];
    }
    if (!opened.ok) {
      show(`${opened.issues.length} problem(s): nothing was applied`, opened.issues.map(formatIssue), true);
      return;
    }
    const before = app.view.session.graph.order;
    await app.replaceSessionInSlices(opened.session);
    reset.hidden = userFiles.length === 0;
    const graph = opened.session.graph;
    const lines = added.length ? [`${added.join(", ")}: ${graph.order - before >= 0 ? "+" : ""}${graph.order - before} nodes`] : [];
    const note = replaced ? ["opened instead of the bundled data: its ids repeat the bundled ones (a full export); \"Bundled only\" brings the bundled data back"] : [];
    show(replaced ? "Opened instead of the bundled data" : userFiles.length ? "Data added" : "Bundled data only", [...note, ...lines, `now ${graph.order} nodes, ${graph.size} edges from ${opened.session.files.length} files`], false);
  };

  const add = async (files: File[]) => {
    if (files.length === 0) return;
    const issues: LoadIssue[] = [];
    const decoded: { name: string; text: string }[] = [];
    for (const file of files) {
      // Bytes, through the loader's own decoder: the same UTF-8 and byte-order-mark rules as the CLI.
      const result = decodeDataFile(file.name, new Uint8Array(await file.arrayBuffer()));
      if (result.ok) decoded.push({ name: file.name, text: result.source.text });
      else issues.push(result.issue);
    }
    const imported = importFiles(decoded);
    if (!imported.ok) issues.push(...imported.problems.map((p) => ({ file: p.file, path: "$", message: p.message })));
    const read: SourceFile[] = imported.ok ? imported.files : [];
    if (issues.length) return show(`${issues.length} problem(s): nothing was applied`, issues.map(formatIssue), true);
    // Characters, which are bytes for the ASCII JSON data files are in practice.
    const bytes = [...app.view.session.userFiles, ...read].reduce((sum, f) => sum + f.text.length, 0);
    if (bytes > MAX_USER_DATA_BYTES) {
      const message =
        `${megabytes(bytes)} of data is more than the explorer handles in one tab (${megabytes(MAX_USER_DATA_BYTES)}). ` +
        "Nothing was applied. Analyse a network this large with the CLI: chokepoint risk --data <folder>";
      return show("Too large for the explorer", [message], true);
    }
    show("Loading…", [`checking and analysing ${read.map((f) => f.path).join(", ")}`], false);
    report.dataset["state"] = "loading";
    await apply([...app.view.session.userFiles, ...read], read.map((f) => f.path));
  };

  input.addEventListener("change", () => {
    void add([...(input.files ?? [])]).finally(() => (input.value = ""));
  });
  reset.addEventListener("click", () => void apply([], [], bundled));

  // Drop anywhere on the page.
  document.addEventListener("dragover", (event) => {
    if (!event.dataTransfer?.types.includes("Files")) return;
    event.preventDefault();
    document.body.classList.add("dropping");
  });
  document.addEventListener("dragleave", (event) => {
    if (event.relatedTarget === null) document.body.classList.remove("dropping");
  });
  document.addEventListener("drop", (event) => {
    if (!event.dataTransfer?.files.length) return;
    event.preventDefault();
    document.body.classList.remove("dropping");
    void add([...event.dataTransfer.files]);
  });
  return { add };
}
