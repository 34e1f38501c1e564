// `npm start`: serves demo/ with the built bundle on http://localhost:8000/demo/
export default {
  rootDir: '.',
  nodeResolve: true,
  open: false,
  port: Number(process.env.PORT ?? 8000),
  hostname: 'localhost',
};
