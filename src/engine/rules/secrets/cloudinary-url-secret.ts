import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

// CLOUDINARY_URL=cloudinary://<api key: digits>:<api secret>@<cloud name>
export default defineRule({
  id: 'cloudinary-url-secret',
  category: 'secret',
  description: 'Cloudinary API secret in a cloudinary:// URL',
  keywords: ['cloudinary://'],
  pattern: /cloudinary:\/\/\d{6,20}:([A-Za-z0-9_-]{20,40})@[\w-]{1,64}/gu,
  secretGroup: 1,
  validate: (s) => looksRandom(s, 3.5),
  envName: 'CLOUDINARY_URL',
  references: ['https://cloudinary.com/documentation/developer_onboarding_faq_find_credentials'],
  examples: {
    positive: [`CLOUDINARY_URL=cloudinary://${fake('{d15}', 1)}:${fake('{w27}', 2)}@brightpath`],
    negative: ['CLOUDINARY_URL=cloudinary://123456789012345:abcdefghijklmnopqrstuvwxyz0@demo', 'CLOUDINARY_URL=cloudinary://<api_key>:<api_secret>@<cloud_name>'],
  },
});
