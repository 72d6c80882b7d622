// jsdom ships no types and only its DOMParser is used (nodeDom.ts).
declare module 'jsdom' {
  export class JSDOM {
    constructor(html: string);
    window: { DOMParser: unknown; Node: unknown };
  }
}
