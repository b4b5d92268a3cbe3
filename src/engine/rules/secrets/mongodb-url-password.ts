import { defineRule, fake } from '../defineRule';
import { credentialsUrlPattern, isRealUrlPassword } from './_connectionUrl';

export default defineRule({
  id: 'mongodb-url-password',
  category: 'secret',
  description: 'Password in a MongoDB connection URL (mongodb:// or mongodb+srv://)',
  keywords: ['mongodb'],
  // mongodb(+srv)://user:<password>@host… (the password, group "pw", is the secret)
  pattern: credentialsUrlPattern(String.raw`mongodb(?:\+srv)?`, 0),
  secretGroup: 'pw',
  validate: isRealUrlPassword,
  envName: 'MONGODB_PASSWORD',
  references: ['https://www.mongodb.com/docs/manual/reference/connection-string/'],
  examples: {
    positive: [
      `mongosh mongodb+srv://api:${fake('{a16}', 5)}@cluster0.ab1cd.mongodb.net/prod`,
      `MONGODB_URI=mongodb+srv://api:${fake('{a16}')}@cluster0.ab1cd.mongodb.net/prod?retryWrites=true&w=majority`,
      `mongoose.connect('mongodb://admin:${fake('Zk{a6}&{d2}', 2)}@mongo-0.db:27017,mongo-1.db:27017/app?replicaSet=rs0');`,
    ],
    negative: [
      'MONGODB_URI=mongodb+srv://cluster0.ab1cd.mongodb.net/prod',
      'MONGODB_URI=mongodb://localhost:27017/app',
      'MONGODB_URI=mongodb+srv://<username>:<password>@cluster0.ab1cd.mongodb.net/',
      'MONGODB_URI=mongodb://admin:${MONGO_PASSWORD}@mongo:27017',
      'MONGODB_URI=mongodb://mongo:mongo@localhost:27017',
      'MONGODB_URI=mongodb+srv://user:<db_password>@cluster0.mongodb.net/',
    ],
  },
});
