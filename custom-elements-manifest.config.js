// Settings of `cem analyze` (`npm run analyze`). The analyzer writes the
// manifest's path into package.json by default, rewriting the whole file;
// package.json already names custom-elements.json, so it is told not to.
export default {
  packagejson: false,
};
