//! wasm bindings (filled in below).
