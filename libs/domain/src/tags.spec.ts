import { normaliseTags, tagSlug } from './tags';

describe('tags', () => {
  it('are lower-case slugs', () => {
    expect(tagSlug('Firmware Update')).toBe('firmware-update');
    expect(tagSlug('  C++ / Rust ')).toBe('c-rust');
    expect(tagSlug('Café')).toBe('cafe');
    expect(tagSlug('Маршрутизатор')).toBe('маршрутизатор');
  });

  it('drop empties and repeats', () => {
    expect(normaliseTags(['Router', 'router', '  ', '!!', 'WiFi'])).toEqual(['router', 'wifi']);
  });
});
