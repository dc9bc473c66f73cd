import type { Canvas, SKRSContext2D } from '@napi-rs/canvas';

/**
 * chart.js sets right-to-left text (legend, title with `rtl: true`) through the canvas element's
 * CSS `direction`, which a Node canvas does not have. This gives the canvas the three style
 * methods chart.js calls and forwards `direction` to the 2D context, where the canvas's text
 * shaper applies it (Arabic joined, runs ordered right to left).
 */

interface DirectionStyle {
  getPropertyValue(name: string): string;
  getPropertyPriority(name: string): string;
  setProperty(name: string, value: string, priority?: string): void;
  removeProperty(name: string): string;
}

export function installRtlShim(canvas: Canvas, ctx: SKRSContext2D): void {
  const props = new Map<string, { value: string; priority: string }>();
  const style: DirectionStyle = {
    getPropertyValue: (name) => props.get(name)?.value ?? '',
    getPropertyPriority: (name) => props.get(name)?.priority ?? '',
    setProperty(name, value, priority = '') {
      props.set(name, { value, priority });
      if (name === 'direction') ctx.direction = value === 'rtl' ? 'rtl' : value === 'ltr' ? 'ltr' : 'inherit';
    },
    removeProperty(name) {
      const old = props.get(name)?.value ?? '';
      props.delete(name);
      return old;
    },
  };
  Object.defineProperty(canvas, 'style', { value: style, configurable: true });
}
