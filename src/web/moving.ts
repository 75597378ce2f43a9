// What a large graph skips while the camera moves (a drag, its inertia, a wheel zoom, an animated
// move), beyond sigma's own hideEdgesOnMove and hideLabelsOnMove. Both are work whose result nobody
// sees during the move, and both are redone by the render that ends it (sigma renders once more
// when a move ends, the render hideEdgesOnMove relies on to bring the edges back):
// - the hit-test layer: sigma draws every node twice a frame, once more into an off-screen layer
//   that says which node is under the mouse; on a large graph that pass is drawn on demand only
//   (MovingPointProgram), never while the camera moves (hovering does not happen while dragging).
// - compositing empty layers: sigma clears its edge, label and hover canvases every frame, and the
//   browser composites all seven full-size canvases every frame, in software when there is no GPU.
//   The container gets a `moving` class and the stylesheet takes those layers out meanwhile.
import type Sigma from "sigma";
import { NodePointProgram } from "sigma/rendering";
import type { RenderParams } from "sigma/types";
import type { RenderEdge, RenderNode } from "./render-graph.ts";

type Renderer = Sigma<RenderNode, RenderEdge>;

/** Sigma's own test for "moving" (the one hideEdgesOnMove uses), from its public state. */
export function isMoving(renderer: Renderer): boolean {
  const mouse = renderer.getMouseCaptor();
  return renderer.getCamera().isAnimated() || mouse.isMoving || mouse.draggedEvents > 0 || mouse.currentWheelDirection !== 0;
}

/** Each renderer's point program, for the listeners that ask it for its hit-test pass. */
const programs = new WeakMap<Renderer, MovingPointProgram>();

/**
 * Sigma's point program with its hit-test pass taken out of the frame and drawn on demand: just
 * before the pointer or a touch asks which node is where (pickOnDemand), from the last frame's
 * parameters, once per frame at most. A frame while a 10k-node file loads or a scenario recolours
 * the graph then draws the nodes once instead of twice, and a frame nobody points at (the camera
 * moving, the pointer elsewhere) never draws them for picking at all.
 */
export class MovingPointProgram extends NodePointProgram<RenderNode, RenderEdge> {
  private last: RenderParams | undefined;
  override render(params: RenderParams): void {
    const pick = this.pickProgram;
    // Sigma draws highlighted nodes with a second instance on its hover layer, without picking.
    if (pick) programs.set(this.renderer, this);
    this.pickProgram = null;
    try {
      super.render(params);
    } finally {
      this.pickProgram = pick;
    }
    // Sigma gave the hit-test layer a fresh, empty texture for this frame: it needs drawing again.
    this.last = params;
  }

  /** Draws the last frame's hit-test pass, as NodeProgram.render would have, unless it is drawn already. */
  pick(): void {
    const params = this.last;
    const program = this.pickProgram;
    if (!params || !program || this.hasNothingToRender()) return;
    this.last = undefined;
    const ratio = params.pixelRatio / params.downSizingRatio;
    program.gl.viewport(0, 0, params.width * ratio, params.height * ratio);
    this.bindProgram(program);
    this.renderProgram({ ...params, pixelRatio: ratio }, program);
    this.unbindProgram(program);
  }
}

/**
 * Draws the hit-test pass before sigma reads it. Sigma's mouse and touch handlers sit on its own
 * layers and on the document; a capturing listener on the container runs before them, so the pass
 * is there when sigma looks for the node under the pointer (hover, click, tap). Nothing is drawn
 * while the camera moves (no hovering then, as before).
 */
export function pickOnDemand(renderer: Renderer, container: HTMLElement): void {
  const pick = () => {
    if (!isMoving(renderer)) programs.get(renderer)?.pick();
  };
  for (const type of ["mousemove", "mousedown", "mouseup", "click", "dblclick", "contextmenu", "wheel", "touchstart", "touchmove"]) {
    container.addEventListener(type, pick, { capture: true, passive: true });
  }
}

export function trackMoves(renderer: Renderer, container: HTMLElement): void {
  // After each render, so the render that ends a move draws edges and labels into layers that are
  // shown again in the same task: no frame goes out without them.
  renderer.on("afterRender", () => {
    const moving = isMoving(renderer);
    if (container.classList.contains("moving") !== moving) container.classList.toggle("moving", moving);
  });
}

/**
 * Takes layers out of compositing while they hold nothing: on a large graph the edge layer holds
 * the selection's edges only (none without a selection), the hover layers the selected or hovered
 * node only, and the label layer nothing while the graph fills with labels off. Sigma still clears
 * each of them every frame, and Chrome commits and composites every visible canvas, in software
 * without a GPU. Set after each render (in the task that drew it, so no frame goes out with a
 * layer missing) and when the hovered node changes (sigma draws the hover in its next frame).
 */
export function hideEmptyLayers(renderer: Renderer, container: HTMLElement, selected: () => boolean): void {
  let hovered = false;
  const update = () => {
    const empty = { "no-edges": renderer.getGraph().size === 0, "no-highlight": !hovered && !selected(), "no-labels": !renderer.getSetting("renderLabels") };
    for (const [name, on] of Object.entries(empty)) if (container.classList.contains(name) !== on) container.classList.toggle(name, on);
  };
  renderer.on("afterRender", update);
  renderer.on("enterNode", () => {
    hovered = true;
    update();
  });
  renderer.on("leaveNode", () => {
    hovered = false;
    update();
  });
}
