// What a large graph skips while the camera moves (a drag, its inertia, a wheel zoom, an animated
// move), beyond sigma's own hideEdgesOnMove and hideLabelsOnMove. Both are work whose result nobody
// sees during the move, and both are redone by the render that ends it (sigma renders once more
// when a move ends, the render hideEdgesOnMove relies on to bring the edges back):
// - the hit-test layer: sigma draws every node twice a frame, once more into an off-screen layer
//   that says which node is under the mouse; hovering does not happen while dragging.
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

/** Sigma's point program without the hit-test pass while the camera moves. */
export class MovingPointProgram extends NodePointProgram<RenderNode, RenderEdge> {
  override render(params: RenderParams): void {
    const pick = this.pickProgram;
    if (isMoving(this.renderer)) this.pickProgram = null;
    try {
      super.render(params);
    } finally {
      this.pickProgram = pick;
    }
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
