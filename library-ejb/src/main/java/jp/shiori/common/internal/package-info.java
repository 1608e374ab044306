/** Shared kernel of the services: the library clock's producer. Owns no table. */
package jp.shiori.common.internal;
