/** JSON values as they cross the wire (and as the generator reads and writes schemas). */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };
