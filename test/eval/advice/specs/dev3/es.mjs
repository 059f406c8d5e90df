// Tuning batch 3 (split dev), Spanish: see en.mjs.
const S = 'simple', M = 'moderate', C = 'complex';
export default [
  // shape: one label of a list joined by "o" (twin: d3-riesgo-clausula)
  { lang: 'es', slug: 'd3-intencion', label: S, why: 'intent of a provided chat message, one listed label joined with "o"', user: 'Mensaje del cliente: {mensaje}\n\nClasifica la intención: reserva, cancelación, cambio de fecha o consulta. Responde solo con la etiqueta.', vars: ['mensaje'], max: 5, temp: 0 },
  { lang: 'es', slug: 'd3-riesgo-clausula', label: C, why: 'legal risk of a provided contract clause, one listed label (twin of d3-intencion)', sys: 'Asistes al departamento jurídico.', user: 'Cláusula:\n{clausula}\n\n¿Qué riesgo jurídico supone para nuestra empresa? Responde solo con la etiqueta: bajo, medio o alto.', vars: ['clausula'], max: 3, temp: 0 },
  // shape: one field extracted into JSON (twin: d3-riesgo-clausula)
  { lang: 'es', slug: 'd3-importe-json', label: S, why: 'extract the total amount of a provided receipt into JSON with one number field', user: 'Ticket de compra:\n{ticket}\n\nExtrae el importe total pagado.', vars: ['ticket'], max: 20, temp: 0, out: { importeTotal: 'number' } },
  // shape: numbered options (twin: d3-mejor-inversion)
  { lang: 'es', slug: 'd3-opcion-numero', label: S, why: 'which numbered topic a provided message is about (data question), number only', user: 'Mensaje:\n{mensaje}\n\n¿De qué tema trata?\n1. Facturación\n2. Envíos\n3. Devoluciones\n4. Otro\n\nResponde solo con el número de la opción.', vars: ['mensaje'], max: 1, temp: 0 },
  { lang: 'es', slug: 'd3-mejor-inversion', label: C, why: 'pick the best of numbered investment options for a provided profile (decision), number only (twin of d3-opcion-numero)', user: 'Perfil del cliente:\n{perfil}\n\n¿Qué opción le conviene más?\n1. Fondo indexado global\n2. Bonos del Estado a 10 años\n3. Depósito a plazo fijo\n4. Plan de pensiones\n\nResponde solo con el número de la opción.', vars: ['perfil'], max: 1, temp: 0 },
  // shape: few-shot labelled examples (twin: d3-riesgo-clausula)
  { lang: 'es', slug: 'd3-fewshot-sentimiento', label: S, why: 'sentiment of a provided tweet with few-shot labelled examples', user: 'Clasifica el sentimiento del tuit.\n\nTuit: "Me encanta el nuevo diseño" → positivo\nTuit: "Otra vez sin conexión, qué desastre" → negativo\nTuit: "Mañana abren la tienda a las 10" → neutro\n\nTuit: "{tuit}" →', vars: ['tuit'], max: 3, temp: 0 },
  // shape: 7 short fields (twin: d3-evaluacion-candidato)
  { lang: 'es', slug: 'd3-datos-envio', label: S, why: 'extract 7 short shipping fields from a provided order e-mail', user: 'Correo del pedido:\n{correo}\n\nExtrae los datos de envío.', vars: ['correo'], max: 150, temp: 0, out: { nombre: 'string', calle: 'string', numero: 'string', codigoPostal: 'string', ciudad: 'string', provincia: 'string', telefono: 'string' } },
  { lang: 'es', slug: 'd3-evaluacion-candidato', label: C, why: 'hiring judgement with 7 fields from a provided CV and job offer (twin of d3-datos-envio)', user: 'Oferta:\n{oferta}\n\nCurrículum:\n{cv}\n\nEvalúa al candidato.', vars: ['oferta', 'cv'], max: 150, temp: 0, out: { encaja: 'bool', nivel: 'enum:junior|medio|senior', puntuacion: 'int', riesgoRotacion: 'enum:bajo|medio|alto', recomendarEntrevista: 'bool', salarioSugerido: 'int', motivoPrincipal: 'string' } },
];
