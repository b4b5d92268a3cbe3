import { defineRule, fake } from '../defineRule';
import { hasContext } from './_context';

/** A Pix key's label or column: `chave_pix`, `chave aleatória`, `pix key`, `chave EVP`. */
const PIX_KEY_CONTEXT = /(?<![a-z])(?:chave[ _-]?(?:pix[ _-]?)?(?:aleat[óo]ria|evp)|chave[ _-]?pix|pix[ _-]?(?:key|chave)|evp[ _-]?key)(?![a-z])/iu;

// A Brazilian Pix random key (chave aleatória, EVP): a UUID the payer's bank registers for one
// person's account, which routes money to them like their CPF or phone would. A UUID is reported
// only under a Pix key's label or column (a row's device id beside it is not).
export default defineRule({
  id: 'br-pix-random-key',
  category: 'pii',
  acceptsUuid: true,
  description: 'Brazilian Pix random key (chave aleatória, a UUID) under a Pix key label or column',
  keywords: ['pix', 'chave', 'evp'],
  columns: true,
  pattern: /(?<![\w-])[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}(?![\w-])/gu,
  validate: (_s, ctx) => hasContext(ctx, PIX_KEY_CONTEXT, { before: 48 }),
  redactAs: 'pix',
  references: ['https://www.bcb.gov.br/estabilidadefinanceira/pix', 'https://www.bcb.gov.br/content/estabilidadefinanceira/pix/Regulamento_Pix/II_ManualdePadroesparaIniciacaodoPix.pdf'],
  examples: {
    positive: [
      `> Cadastrei a chave aleatória ${fake('{h8}-{h4}-4{h3}-a{h3}-{h12}', 101082)} do meu banco.`,
      `application_id,nome_completo,tipo_chave_pix,chave_pix,device_id\nBR-1,Ana Example,EVP,${fake('{h8}-{h4}-4{h3}-8{h3}-{h12}', 101083)},${fake('{h8}-{h4}-4{h3}-9{h3}-{h12}', 101084)}\n`,
    ],
    negative: [
      `application_id,nome_completo,tipo_chave_pix,chave_pix,device_id\nBR-1,Ana Example,EMAIL,ana.example@example.com.br,${fake('{h8}-{h4}-4{h3}-9{h3}-{h12}', 101085)}\n`,
      `request_id: ${fake('{h8}-{h4}-4{h3}-a{h3}-{h12}', 101086)}`,
    ],
  },
});
