import { describe, expect, it } from 'vitest';
import { ApiError } from '../api.js';
import { createI18n } from './instance.js';
import { says, tr, translate } from './message.js';

describe('messages', () => {
  it('carry their key, parameters and English text, and read in either language', () => {
    const m = says('common:action.copyWhat', { what: 'the command' });
    expect(m).toEqual({ key: 'common:action.copyWhat', params: { what: 'the command' }, text: 'Copy the command' });
    expect(tr(createI18n('fr'), m)).toBe('Copier the command');
  });

  it('translate a message given as a parameter of another', () => {
    const inner = says('common:state.none');
    const outer = says('common:action.copyWhat', { what: inner });
    expect(outer.text).toBe('Copy None');
    expect(tr(createI18n('fr'), outer)).toBe('Copier Aucun');
  });

  it('fall back to the English text for a key this side does not know (a newer engine)', () => {
    expect(translate(createI18n('fr'), 'engine:fromTheFuture', {}, 'A sentence from the future.')).toBe('A sentence from the future.');
  });

  it('travel inside an ApiError and back', () => {
    const err = new ApiError('conflict', says('common:action.copyWhat', { what: 'x' }), { field: 'name' });
    const back = ApiError.from(JSON.parse(JSON.stringify(err)) as ReturnType<ApiError['toJSON']>);
    expect(back.message).toBe('Copy x');
    expect(back.key).toBe('common:action.copyWhat');
    expect(back.params).toEqual({ what: 'x' });
    expect(back.field).toBe('name');
  });
});
