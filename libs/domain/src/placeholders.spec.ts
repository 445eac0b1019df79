import { fillPlaceholders, unfilledPlaceholders } from './placeholders';

describe('placeholders', () => {
  it('fills the known ones and keeps unknown ones visible', () => {
    expect(
      fillPlaceholders('Hi {{ customer_name }}, about {{thread_title}}: {{oops}}', {
        customer_name: 'Ana',
        thread_title: 'Wi-Fi',
      }),
    ).toBe('Hi Ana, about Wi-Fi: {{oops}}');
  });

  it('finds what is left outside code, once each', () => {
    expect(unfilledPlaceholders('Hi {{unknown_thing}} and {{ unknown_thing }}, see {{order_id}}.')).toEqual([
      '{{unknown_thing}}',
      '{{ unknown_thing }}',
      '{{order_id}}',
    ]);
    expect(
      unfilledPlaceholders('Use `{{name}}` in a template:\n\n```\n{{#each items}}{{title}}{{/each}}\n```\n'),
    ).toEqual([]);
    expect(unfilledPlaceholders('Nothing to fill here { not } {{ }}')).toEqual([]);
  });
});
