"""cmark-gfm's HTML for a Markdown text, with the memory it used given back.

cmarkgfm's own `markdown_to_html_with_extensions` never frees the document tree it parses,
nor the HTML string it copies: a worker kept about 19 KB for every text it rendered, and
a bulk load of a million questions grew to gigabytes. This renders with the same calls of
the same library, then frees both. `cmark_node_free` is in cmarkgfm's compiled module but
not in its Python bindings, so it is reached through the module's symbols; the HTML goes
back to cmark's default allocator, which made it.
"""

import functools
from collections.abc import Sequence

import cffi
from cmarkgfm import _cmark

_lib, _ffi = _cmark.lib, _cmark.ffi

_symbols = cffi.FFI()
_symbols.cdef(
    """
    typedef struct {
        void *(*calloc)(size_t, size_t);
        void *(*realloc)(void *, size_t);
        void (*free)(void *);
    } cmark_mem;
    cmark_mem *cmark_get_default_mem_allocator(void);
    void cmark_node_free(void *node);
    """
)
_cmark_module = _symbols.dlopen(_cmark.__file__)


def _pointer(value) -> object:
    """A pointer of cmarkgfm's bindings as one of ours."""
    return _symbols.cast("void *", int(_ffi.cast("uintptr_t", value)))


@functools.cache
def _extensions(names: tuple[str, ...]) -> list:
    _lib.cmark_gfm_core_extensions_ensure_registered()
    found = [_lib.cmark_find_syntax_extension(name.encode()) for name in names]
    if any(extension == _ffi.NULL for extension in found):
        raise ValueError(f"cmark-gfm has not all of these extensions: {names}")
    return found


def to_html(text: str, options: int, extensions: Sequence[str]) -> str:
    """As cmarkgfm.markdown_to_html_with_extensions(text, options, extensions)."""
    parser = _lib.cmark_parser_new(options)
    try:
        for extension in _extensions(tuple(extensions)):
            _lib.cmark_parser_attach_syntax_extension(parser, extension)
        encoded = text.encode()
        _lib.cmark_parser_feed(parser, encoded, len(encoded))
        root = _lib.cmark_parser_finish(parser)
        if root == _ffi.NULL:
            raise ValueError("cmark-gfm could not parse the text.")
        try:
            attached = _lib.cmark_parser_get_syntax_extensions(parser)
            html = _lib.cmark_render_html(root, options, attached)
            try:
                return _ffi.string(html).decode()
            finally:
                # Allocated by cmark's default allocator, which renders use.
                _cmark_module.cmark_get_default_mem_allocator().free(_pointer(html))
        finally:
            _cmark_module.cmark_node_free(_pointer(root))
    finally:
        _lib.cmark_parser_free(parser)
