/** 職員: staff accounts, their roles and their login. */
package jp.shiori.staff;
