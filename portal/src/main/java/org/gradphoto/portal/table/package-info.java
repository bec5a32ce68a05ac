/** Tables in and out: reading Excel and CSV files (UTF-8 or GBK) by their headers, writing review lists to Excel. */
package org.gradphoto.portal.table;
