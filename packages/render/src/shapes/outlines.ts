import { pathRound } from 'd3-path';
import { curveBasis, line } from 'd3-shape';
import type { Box } from '../geometry/box.js';

/** Path data for outlines, rounded to one decimal so output is stable. */
const newPath = () => pathRound(1);

/** A rectangle with round corners of radius `r`. */
export function roundedRectPath(box: Box, r: number): string {
  const { x, y, width: w, height: h } = box;
  const p = newPath();
  p.moveTo(x + r, y);
  p.arcTo(x + w, y, x + w, y + h, r);
  p.arcTo(x + w, y + h, x, y + h, r);
  p.arcTo(x, y + h, x, y, r);
  p.arcTo(x, y, x + w, y, r);
  p.closePath();
  return p.toString();
}

/** A diamond touching the middle of each side of the box. */
export function diamondPath(box: Box): string {
  const p = newPath();
  p.moveTo(box.x + box.width / 2, box.y);
  p.lineTo(box.x + box.width, box.y + box.height / 2);
  p.lineTo(box.x + box.width / 2, box.y + box.height);
  p.lineTo(box.x, box.y + box.height / 2);
  p.closePath();
  return p.toString();
}

/** The document symbol: straight top and sides and a wavy bottom `wave` high. */
export function documentPath(box: Box, wave: number): string {
  const { x, y, width: w, height: h } = box;
  const bottom = y + h - wave;
  const points: Array<[number, number]> = [
    [x + w, bottom],
    [x + w * 0.75, bottom - wave],
    [x + w * 0.5, bottom],
    [x + w * 0.25, y + h],
    [x, bottom],
  ];
  const curve = line().curve(curveBasis).digits(1)(points) ?? '';
  const p = newPath();
  p.moveTo(x, bottom);
  p.lineTo(x, y);
  p.lineTo(x + w, y);
  p.lineTo(x + w, bottom);
  return `${p.toString()}${curve.replace(/^M[^LC]*/, '')}Z`;
}

/** A page with its top-right corner folded down by `fold`. */
export function foldedPagePath(box: Box, fold: number): { page: string; corner: string } {
  const { x, y, width: w, height: h } = box;
  const page = newPath();
  page.moveTo(x, y);
  page.lineTo(x + w - fold, y);
  page.lineTo(x + w, y + fold);
  page.lineTo(x + w, y + h);
  page.lineTo(x, y + h);
  page.closePath();
  const corner = newPath();
  corner.moveTo(x + w - fold, y);
  corner.lineTo(x + w - fold, y + fold);
  corner.lineTo(x + w, y + fold);
  return { page: page.toString(), corner: corner.toString() };
}

/** A small square with a plus in it (⊞), centred on (cx, cy): the drill-down marker. */
export function plusBoxPath(cx: number, cy: number, size: number): { box: string; plus: string } {
  const half = size / 2;
  const inset = size * 0.25;
  const square = newPath();
  square.rect(cx - half, cy - half, size, size);
  const plus = newPath();
  plus.moveTo(cx - half + inset, cy);
  plus.lineTo(cx + half - inset, cy);
  plus.moveTo(cx, cy - half + inset);
  plus.lineTo(cx, cy + half - inset);
  return { box: square.toString(), plus: plus.toString() };
}
