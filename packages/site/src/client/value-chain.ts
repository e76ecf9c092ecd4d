// The value chain's segments open their process maps, by click or by Enter or Space.

/** Makes each segment of the drawn value chain open the map it names. */
export function initValueChain(doc: Document): void {
  for (const segment of doc.querySelectorAll<SVGGElement>('svg .segment[data-drill]')) {
    const open = () => {
      location.href = `map-${segment.dataset['drill'] ?? ''}.html`;
    };
    segment.addEventListener('click', open);
    segment.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        open();
      }
    });
  }
}
