// The Docs pages' table of an element's API, read from the Custom Elements
// Manifest. Storybook's own reader lists private fields and methods
// (`_step`, `_source`…), leaves public methods out and offers a JSON
// editor for every `string | undefined`; this one lists only the public
// API, in the categories a page author looks for, and gives controls only
// to attributes, which the stories bind.
import type { ArgTypes } from '@storybook/web-components-vite';

type InputType = ArgTypes[string];

interface Typed {
  name: string;
  description?: string;
  type?: { text?: string };
  default?: string;
}

interface Member extends Typed {
  kind: 'field' | 'method';
  privacy?: 'public' | 'private' | 'protected';
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
  parameters?: { name: string; optional?: boolean; type?: { text?: string } }[];
  return?: { type?: { text?: string } };
}

export interface Declaration {
  tagName?: string;
  description?: string;
  summary?: string;
  attributes?: (Typed & { fieldName?: string })[];
  members?: Member[];
  events?: Typed[];
  slots?: Typed[];
  cssParts?: Typed[];
  cssProperties?: Typed[];
}

interface Manifest {
  modules?: { declarations?: Declaration[] }[];
}

/** The declaration of `tag` in `manifest`, if the manifest names it. */
export function declarationOf(
  manifest: unknown,
  tag: string,
): Declaration | undefined {
  for (const module of (manifest as Manifest)?.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName === tag) return declaration;
    }
  }
  return undefined;
}

const isPublic = (m: Member) =>
  (m.privacy ?? 'public') === 'public' && !m.static && !/^[_#]/.test(m.name);

function entry(
  category: string,
  item: Typed,
  type: string | undefined,
  control: InputType['control'] = false,
): InputType {
  return {
    name: item.name,
    description: item.description ?? '',
    control,
    table: {
      category,
      type: type ? { summary: type } : undefined,
      defaultValue:
        item.default !== undefined ? { summary: item.default } : undefined,
    },
  };
}

/** A control that suits an attribute of type `type`. */
function controlFor(type = ''): InputType['control'] {
  if (/\bboolean\b/.test(type)) return { type: 'boolean' };
  if (/\bnumber\b/.test(type)) return { type: 'number' };
  return { type: 'text' };
}

function signature(method: Member): string {
  const params = (method.parameters ?? [])
    .map((p) => {
      const optional = p.optional ? '?' : '';
      return `${p.name}${optional}: ${p.type?.text ?? 'unknown'}`;
    })
    .join(', ');
  return `(${params}) => ${method.return?.type?.text ?? 'void'}`;
}

/** Arg types for every public part of the API of the element `tag`. */
export function manifestArgTypes(manifest: unknown, tag: string): ArgTypes {
  const declaration = declarationOf(manifest, tag);
  if (!declaration) return {};
  const argTypes: ArgTypes = {};
  const add = (key: string, value: InputType) => {
    if (!(key in argTypes)) argTypes[key] = value;
  };

  for (const attribute of declaration.attributes ?? []) {
    const type = attribute.type?.text;
    add(attribute.name, entry('attributes', attribute, type, controlFor(type)));
  }
  const members = (declaration.members ?? []).filter(isPublic);
  for (const field of members.filter((m) => m.kind === 'field')) {
    const type = field.type?.text;
    const note = field.readonly ? `${type ?? ''} (read-only)` : type;
    add(field.name, entry('properties', field, note));
  }
  for (const method of members.filter((m) => m.kind === 'method')) {
    add(`${method.name}()`, entry('methods', method, signature(method)));
  }
  for (const event of declaration.events ?? []) {
    add(event.name, entry('events', event, event.type?.text));
  }
  for (const slot of declaration.slots ?? []) {
    add(`slot ${slot.name || '(default)'}`, entry('slots', slot, undefined));
  }
  for (const part of declaration.cssParts ?? []) {
    add(`::part(${part.name})`, entry('css shadow parts', part, undefined));
  }
  for (const property of declaration.cssProperties ?? []) {
    add(property.name, entry('css custom properties', property, undefined));
  }
  return argTypes;
}
