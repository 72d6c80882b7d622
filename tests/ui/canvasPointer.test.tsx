// @vitest-environment jsdom
import { cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { useCanvasPointer } from '../../src/scene/useCanvasPointer';

let frames: FrameRequestCallback[] = [];
const runFrame = () => {
  const due = frames;
  frames = [];
  due.forEach((f) => f(0));
};
const send = (el: HTMLElement, type: string, x = 0, y = 0, button = 0) =>
  el.dispatchEvent(new MouseEvent(type, { clientX: x, clientY: y, button, bubbles: true }));

let el: HTMLElement;
let hover: Mock<(e: PointerEvent) => void>;
let click: Mock<(e: PointerEvent) => void>;
let leave: Mock<() => void>;

beforeEach(() => {
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
  vi.stubGlobal('cancelAnimationFrame', () => (frames = []));
  el = document.createElement('canvas');
  document.body.appendChild(el);
  hover = vi.fn();
  click = vi.fn();
  leave = vi.fn();
  renderHook(() => useCanvasPointer(el, { hover, click, leave }));
});
afterEach(() => {
  cleanup();
  el.remove();
  vi.unstubAllGlobals();
});

describe('pointer on the canvas', () => {
  it('reports hover once a frame, with the latest position', () => {
    send(el, 'pointermove', 10, 10);
    send(el, 'pointermove', 12, 14);
    expect(hover).not.toHaveBeenCalled();
    runFrame();
    expect(hover).toHaveBeenCalledTimes(1);
    expect(hover.mock.calls[0][0].clientX).toBe(12);
  });

  it('counts a press and release in place as a click, and a drag as none', () => {
    send(el, 'pointerdown', 100, 100);
    send(el, 'pointerup', 102, 101);
    expect(click).toHaveBeenCalledTimes(1);
    send(el, 'pointerdown', 100, 100);
    send(el, 'pointerup', 130, 100);
    expect(click).toHaveBeenCalledTimes(1);
  });

  it('ignores other buttons and pauses hover while a button is down', () => {
    send(el, 'pointerdown', 50, 50, 2);
    send(el, 'pointermove', 60, 60);
    runFrame();
    send(el, 'pointerup', 50, 50, 2);
    expect(hover).not.toHaveBeenCalled();
    expect(click).not.toHaveBeenCalled();
  });

  it('says when the pointer leaves, and stops listening when unmounted', () => {
    send(el, 'pointerleave');
    expect(leave).toHaveBeenCalledTimes(1);
    cleanup();
    send(el, 'pointerleave');
    send(el, 'pointerdown', 1, 1);
    send(el, 'pointerup', 1, 1);
    expect(leave).toHaveBeenCalledTimes(1);
    expect(click).not.toHaveBeenCalled();
  });
});
