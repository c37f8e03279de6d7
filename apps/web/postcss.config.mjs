// Mantine's PostCSS preset: rem()/em() functions, breakpoint variables and light/dark mixins in our CSS.
// (.mjs rather than .cjs: the root ESLint config ignores *.mjs but would try to type-check a .cjs file.)
export default {
  plugins: {
    'postcss-preset-mantine': {},
  },
};
