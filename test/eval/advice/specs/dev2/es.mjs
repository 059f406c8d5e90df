// Tuning batch (split dev), Spanish: shape twins, see en.mjs.
const S = 'simple', M = 'moderate', C = 'complex';
export default [
  { lang: 'es', slug: 'd2-riesgo-impago', label: C, why: 'financial judgement, 0-100 default probability from provided statements', sys: 'Eres analista de riesgos de una entidad de crédito.', user: 'Estados financieros de la empresa:\n{estados}\n\nDel 0 al 100, ¿qué probabilidad hay de que esta empresa no pueda pagar el préstamo? Solo el número.', vars: ['estados'], max: 4, temp: 0 },
  { lang: 'es', slug: 'd2-positividad-resena', label: S, why: '0-100 positivity of a provided review', user: 'Reseña:\n{resena}\n\nDel 0 al 100, ¿qué tan positiva es esta reseña? Solo el número.', vars: ['resena'], max: 4, temp: 0 },
  { lang: 'es', slug: 'd2-calificacion-despido', label: C, why: 'labour-law qualification, one listed label', sys: 'Asistes a un despacho laboralista.', user: 'Hechos:\n{hechos}\n\n¿Cómo calificaría un juez este despido? Responde con una sola palabra: procedente, improcedente o nulo.', vars: ['hechos'], max: 4, temp: 0 },
  { lang: 'es', slug: 'd2-tipo-consulta', label: S, why: 'route a provided message to one listed category', user: 'Mensaje del cliente:\n{mensaje}\n\nResponde con una sola palabra: facturación, envío o devolución.', vars: ['mensaje'], max: 4, temp: 0 },
  { lang: 'es', slug: 'd2-mejor-opcion', label: C, why: 'pick the best of the user-provided options for their constraints', user: 'Necesidades de la familia: {necesidades}\n\nOpciones que están valorando:\n{opciones}\n\n¿Cuál les conviene más? Responde solo con la letra de la opción.', vars: ['necesidades', 'opciones'], max: 2, temp: 0 },
  { lang: 'es', slug: 'd2-opcion-sin-gluten', label: S, why: 'pick the listed product that is gluten-free (lookup)', user: 'Productos con sus ingredientes:\n{productos}\n\n¿Cuál de ellos no lleva gluten? Responde solo con la letra.', vars: ['productos'], max: 2, temp: 0 },
  { lang: 'es', slug: 'd2-resumen-corto', label: M, why: 'open summary, tiny cap', user: 'Resume en una frase de menos de quince palabras esta reclamación:\n{reclamacion}', vars: ['reclamacion'], max: 25, temp: 0.2 },
  { lang: 'es', slug: 'd2-titulo-hilo', label: S, why: 'five-word title for a provided thread', user: 'Primeros mensajes:\n{mensajes}\n\nTítulo de cinco palabras como máximo, sin comillas.', vars: ['mensajes'], max: 12, temp: 0.3 },
];
