// Add: a form that creates a node or an edge, its fields read from the zod schema of the chosen
// kind (add-fields.ts), decided and validated as `chokepoint add` does (add-change.ts). A valid entry
// opens a new session with it (graph and every panel at once) and selects it; "Download" saves the
// changed data file, the text `chokepoint add` would write, for whoever keeps data/.
import type { App } from "../app.ts";
import { addFields, ADD_KINDS, entryFromValues, type AddField } from "../add-fields.ts";
import { addToSession, type AddedChange } from "../add-change.ts";
import { el } from "../dom.ts";

function input(field: AddField): HTMLElement {
  const id = `add-${field.name.replace(".", "-")}`;
  const attrs: Record<string, string> = { id, name: field.name, "data-field": field.name };
  if (field.description) attrs["title"] = field.description;
  let control: HTMLElement;
  if (field.type === "boolean") control = el("input", { attrs: { ...attrs, type: "checkbox" } });
  else if (field.type === "enum") {
    control = el("select", { attrs }, [el("option", { text: "", attrs: { value: "" } }), ...(field.options ?? []).map((o) => el("option", { text: o, attrs: { value: o } }))]);
  } else control = el("input", { attrs: { ...attrs, type: "text", ...(field.type === "list" ? { placeholder: "comma-separated" } : {}) } });
  const text = `${field.name}${field.required ? " *" : ""}`;
  return el("div", { className: `add-field add-${field.type}` }, [el("label", { text, attrs: { for: id } }), control]);
}

function download(change: AddedChange): void {
  const name = change.path.replace(/^.*[\\/]/, "");
  const url = URL.createObjectURL(new Blob([change.text], { type: "application/json" }));
  const link = el("a", { attrs: { href: url, download: name } });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function mountAdd(container: HTMLElement, app: App): void {
  const what = el("select", { attrs: { id: "add-what", "aria-label": "Add a node or an edge" } }, [
    el("option", { text: "node", attrs: { value: "node" } }),
    el("option", { text: "edge", attrs: { value: "edge" } }),
  ]);
  const kind = el("select", { attrs: { id: "add-kind", "aria-label": "Kind" } });
  const fields = el("div", { className: "add-fields" });
  const submit = el("button", { text: "Add", attrs: { type: "submit", id: "add-submit" } });
  const report = el("div", { className: "add-report", attrs: { id: "add-report", role: "status", "aria-live": "polite" } });
  const form = el("form", { className: "add-form", attrs: { id: "add-form", novalidate: "" } }, [
    el("div", { className: "add-row" }, [what, kind]),
    fields,
    submit,
  ]);
  let current: AddField[] = [];
  const kinds = () => ADD_KINDS[what.value === "edge" ? "edge" : "node"];
  const renderKinds = () => kind.replaceChildren(...kinds().map((k) => el("option", { text: k, attrs: { value: k } })));
  const renderFields = () => {
    current = addFields(what.value === "edge" ? "edge" : "node", kind.value);
    fields.replaceChildren(...current.map(input));
  };
  what.addEventListener("change", () => {
    renderKinds();
    renderFields();
  });
  kind.addEventListener("change", renderFields);
  renderKinds();
  renderFields();

  const show = (state: "ok" | "error", lines: string[], extra: HTMLElement[] = []) => {
    report.dataset["state"] = state;
    report.replaceChildren(el("ul", { className: "issue-list" }, lines.map((line) => el("li", { text: line }))), ...extra);
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const values = new Map<string, string | boolean>();
    for (const control of fields.querySelectorAll<HTMLInputElement | HTMLSelectElement>("[data-field]")) {
      values.set(control.name, control instanceof HTMLInputElement && control.type === "checkbox" ? control.checked : control.value);
    }
    const built = entryFromValues(kind.value, current, values);
    if ("error" in built) return show("error", [built.error, "nothing was added"]);
    const kindOf = what.value === "edge" ? "edge" : "node";
    const result = addToSession(app.view.session, kindOf, built.entry);
    if (!result.ok) return show("error", [...result.problems, "nothing was added"]);
    app.replaceSession(result.session);
    app.focusNode(result.id);
    const save = el("button", { text: `Download ${result.change.path.replace(/^.*[\\/]/, "")}`, attrs: { type: "button", id: "add-download" } });
    save.addEventListener("click", () => download(result.change));
    const [first, last] = result.change.lines;
    const lines = result.change.text.split(/\r?\n/).slice(first - 1, last).join("\n");
    show("ok", [`added ${result.change.message}`], [el("pre", { className: "add-lines", text: lines }), save]);
  });

  container.replaceChildren(
    el("details", { attrs: { id: "add-panel" } }, [
      el("summary", { text: "Add a node or edge" }),
      el("p", { className: "muted", text: "Checked like chokepoint add: same schema, same cross-file checks, same messages. * required." }),
      form,
      report,
    ]),
  );
}
