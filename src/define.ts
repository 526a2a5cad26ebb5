// The bundle's entry (dist/massage-selector.js): registers <massage-selector> and exports nothing, so the
// one-file build is a plain script with no leftover export object.
import './massage-selector.js';
