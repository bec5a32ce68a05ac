/** 通知公告: notices that offices, schools and the admin publish, with attachments, dates, audience and views. */
package org.gradphoto.portal.notice;
