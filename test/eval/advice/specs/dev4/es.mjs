// Tuning batch dev4 (split dev), Spanish: shape twins, see en.mjs.
const S = 'simple', M = 'moderate', C = 'complex';
export default [
  { lang: 'es', slug: 'd4-fraude-tarjeta', label: C, why: 'fraud judgement against the account history, yes/no', sys: 'Ayudas al equipo de prevención de fraude.', user: 'Historial de la cuenta:\n{historial}\n\nNueva operación:\n{operacion}\n\n¿Es probable que esta operación sea fraudulenta? Responde solo sí o no.', vars: ['historial', 'operacion'], max: 2, temp: 0 },
  { lang: 'es', slug: 'd4-operacion-extranjero', label: S, why: 'yes/no: provided card payment was made abroad', user: 'Operación:\n{operacion}\n\n¿Se hizo esta operación fuera de España? Responde solo sí o no.', vars: ['operacion'], max: 2, temp: 0 },
  { lang: 'es', slug: 'd4-argumento-valido', label: C, why: 'logic: is the provided argument valid, one of two labels', user: 'Argumento:\n{argumento}\n\n¿Es lógicamente válido este argumento? Responde solo: válido o inválido.', vars: ['argumento'], max: 3, temp: 0 },
  { lang: 'es', slug: 'd4-acertijo-quien', label: C, why: 'logic puzzle: the placeholder is the puzzle, a name', user: 'Acertijo:\n{acertijo}\n\n¿Quién vive en la casa azul? Responde solo con el nombre.', vars: ['acertijo'], max: 4, temp: 0 },
  { lang: 'es', slug: 'd4-quien-firma', label: S, why: 'extract the signer name of a provided message', user: 'Mensaje:\n{mensaje}\n\n¿Quién firma este mensaje? Responde solo con el nombre.', vars: ['mensaje'], max: 4, temp: 0 },
  { lang: 'es', slug: 'd4-moderacion-satira', label: C, why: 'moderation edge case needing policy judgement (satire), one of two labels', user: 'Política de contenidos:\n{politica}\n\nPublicación:\n{publicacion}\n\nTeniendo en cuenta el tono satírico, ¿infringe la publicación la política? Responde solo: permitir o retirar.', vars: ['politica', 'publicacion'], max: 3, temp: 0 },
  { lang: 'es', slug: 'd4-comentario-spam', label: S, why: 'spam or not for a provided comment, one of two labels', user: 'Comentario:\n{comentario}\n\n¿Es spam? Responde solo: spam o normal.', vars: ['comentario'], max: 3, temp: 0 },
  { lang: 'es', slug: 'd4-reescribir-formal', label: M, why: 'rewrite in a formal tone, one sentence, tiny cap', user: 'Reescribe este mensaje en un tono más formal, en una sola frase:\n{mensaje}', vars: ['mensaje'], max: 40, temp: 0.3 },
];
