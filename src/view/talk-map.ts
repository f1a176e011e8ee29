/**
 * The talk map, drawn when the site is built: the land as one SVG path (Natural Earth's outlines from
 * `world-atlas`, in the Equal Earth projection of `d3-geo`) and a marker for each place, sized by its
 * number of talks and labelled with its name. When every place lies in one region, the map shows that
 * region, not a world of empty ocean.
 */
import { geoEqualEarth, geoPath } from "d3-geo";
import { feature } from "topojson-client";

/** The land, as a TopoJSON topology with an object `land` (world-atlas' `land-110m.json`). */
export type LandTopology = Parameters<typeof feature>[0];

/** A place as the map needs it. */
export interface PlaceOnMap {
  id: string;
  label: string;
  lat: number;
  lng: number;
  /** How many talks were given there. */
  count: number;
}

export interface MapMarker {
  /** The anchor of the place's list of talks. */
  id: string;
  label: string;
  count: number;
  /** The marker's centre and radius, in the map's units. */
  x: number;
  y: number;
  r: number;
  /** Where its label is, and how it is anchored there. */
  labelX: number;
  labelY: number;
  anchor: "start" | "middle" | "end";
  /** Whether the label is shown only on hover and focus, as it would cover another one. */
  crowded: boolean;
}

export interface TalkMapView {
  width: number;
  height: number;
  /** The land, as an SVG path. */
  land: string;
  markers: MapMarker[];
  /** `world`, or `region` when the map shows only the part of it where the talks were. */
  extent: "world" | "region";
}

const WIDTH = 960;
/** The size of the labels, in the map's units (the page scales the map with its width). */
export const LABEL_SIZE = 18;
/** How wide a character of a label is, about, as a share of its size. */
const CHARACTER_WIDTH = 0.58;

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Where each label goes: right of its marker, else left, above or below, wherever it covers no other
 * label or marker and stays on the map; a label with no such place is `crowded`. Markers come
 * larger first, so that the places with the most talks get their labels first.
 */
export function placeLabels(
  markers: readonly { x: number; y: number; r: number; text: string }[],
  width: number,
  height: number,
): { labelX: number; labelY: number; anchor: "start" | "middle" | "end"; crowded: boolean }[] {
  const taken: Box[] = markers.map(({ x, y, r }) => ({
    left: x - r,
    top: y - r,
    right: x + r,
    bottom: y + r,
  }));
  return markers.map(({ x, y, r, text }) => {
    const w = text.length * LABEL_SIZE * CHARACTER_WIDTH;
    const h = LABEL_SIZE;
    const gap = 4;
    const baseline = LABEL_SIZE * 0.35;
    const candidates = [
      { labelX: x + r + gap, labelY: y + baseline, anchor: "start" as const, left: x + r + gap },
      { labelX: x - r - gap, labelY: y + baseline, anchor: "end" as const, left: x - r - gap - w },
      { labelX: x, labelY: y - r - gap, anchor: "middle" as const, left: x - w / 2 },
      { labelX: x, labelY: y + r + gap + h * 0.8, anchor: "middle" as const, left: x - w / 2 },
    ];
    for (const candidate of candidates) {
      const box = {
        left: candidate.left,
        right: candidate.left + w,
        top: candidate.labelY - h * 0.8,
        bottom: candidate.labelY + h * 0.2,
      };
      const inside = box.left >= 0 && box.right <= width && box.top >= 0 && box.bottom <= height;
      if (inside && !taken.some((other) => overlaps(box, other))) {
        taken.push(box);
        const { labelX, labelY, anchor } = candidate;
        return { labelX, labelY, anchor, crowded: false };
      }
    }
    const [first] = candidates;
    return {
      labelX: first?.labelX ?? x,
      labelY: first?.labelY ?? y,
      anchor: "start",
      crowded: true,
    };
  });
}
/** The most a region may span, in degrees of longitude and latitude, before the map shows the world. */
const REGION_MAX = { lng: 110, lat: 65 };
/** The least a region spans, so that the talks of one city still show the country around it. */
const REGION_MIN = { lng: 24, lat: 14 };

/** The box, in degrees, that shows every place with some land around it; none when that is most of the world. */
export function regionOf(
  places: readonly { lat: number; lng: number }[],
): { west: number; east: number; south: number; north: number } | undefined {
  if (places.length === 0) return undefined;
  const lngs = places.map((place) => place.lng);
  const lats = places.map((place) => place.lat);
  const [west, east, south, north] = [
    Math.min(...lngs),
    Math.max(...lngs),
    Math.min(...lats),
    Math.max(...lats),
  ];
  if (east - west > REGION_MAX.lng || north - south > REGION_MAX.lat) return undefined;
  const padLng = Math.max((east - west) * 0.25, (REGION_MIN.lng - (east - west)) / 2, 4);
  const padLat = Math.max((north - south) * 0.25, (REGION_MIN.lat - (north - south)) / 2, 3);
  return {
    west: Math.max(-180, west - padLng),
    east: Math.min(180, east + padLng),
    south: Math.max(-85, south - padLat),
    north: Math.min(85, north + padLat),
  };
}

/** A marker's label: the place, and its number of talks when there are several ("Zürich (3)"). */
export function markerText(place: { label: string; count: number }): string {
  return place.count > 1 ? `${place.label} (${String(place.count)})` : place.label;
}

/** The radius of a place's marker: its area grows with its number of talks. */
export function markerRadius(count: number): number {
  return Math.round((7 + 4 * Math.sqrt(count - 1)) * 10) / 10;
}

/**
 * The map of `places`: the world's land from `world` (110 m outlines), or, when the places lie in
 * one region, that region's from `detailed` (50 m outlines, cut to the region).
 */
export function talkMapView(
  places: readonly PlaceOnMap[],
  world: LandTopology,
  detailed: LandTopology,
): TalkMapView {
  const region = regionOf(places);
  const projection = geoEqualEarth();
  let height: number;
  if (region === undefined) {
    projection.fitWidth(WIDTH, { type: "Sphere" });
    const [[, top], [, bottom]] = geoPath(projection).bounds({ type: "Sphere" });
    height = Math.ceil(bottom - top);
  } else {
    const { west, east, south, north } = region;
    const corners: [number, number][] = [];
    for (let step = 0; step <= 4; step++) {
      const lng = west + ((east - west) * step) / 4;
      corners.push([lng, south], [lng, north]);
    }
    const outline = { type: "MultiPoint" as const, coordinates: corners };
    projection.fitWidth(WIDTH, outline);
    const [[, top], [, bottom]] = geoPath(projection).bounds(outline);
    height = Math.min(Math.ceil(bottom - top), Math.round(WIDTH * 0.75));
    projection.fitExtent(
      [
        [0, 0],
        [WIDTH, height],
      ],
      outline,
    );
    projection.clipExtent([
      [0, 0],
      [WIDTH, height],
    ]);
  }
  const topology = region === undefined ? world : detailed;
  const land = feature(topology, topology.objects["land"] ?? "land");
  const path = geoPath(projection).digits(0);
  const round = (value: number) => Math.round(value * 10) / 10;
  // Larger markers first: they get their labels first, and smaller ones are drawn over them.
  const points = places
    .flatMap((place) => {
      const point = projection([place.lng, place.lat]);
      if (point === null) return [];
      const [x, y] = point.map(round) as [number, number];
      return [{ place, x, y, r: markerRadius(place.count) }];
    })
    .sort((a, b) => b.r - a.r);
  const labels = placeLabels(
    points.map(({ place, x, y, r }) => ({ x, y, r, text: markerText(place) })),
    WIDTH,
    height,
  );
  return {
    width: WIDTH,
    height,
    land: path(land) ?? "",
    markers: points.map(({ place, x, y, r }, index) => {
      const label = labels[index] ?? { labelX: x, labelY: y, anchor: "start", crowded: true };
      return {
        id: place.id,
        label: place.label,
        count: place.count,
        x,
        y,
        r,
        ...label,
        labelX: round(label.labelX),
        labelY: round(label.labelY),
      };
    }),
    extent: region === undefined ? "world" : "region",
  };
}
