package org.gradphoto.portal.files;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;

/**
 * Where the stored files are kept: a folder of the server ({@code gradphoto.store=folder}, gradphoto.photos-dir, the
 * default) or a bucket of an S3-API object store ({@code gradphoto.store=s3}, gradphoto.s3.*), which every node of a
 * portal shares.
 */
@Configuration
class FilesConfig {

    @Bean
    PhotoStore photoStore(@Value("${gradphoto.store:folder}") String store, @Value("${gradphoto.photos-dir}") Path dir,
            @Value("${gradphoto.s3.endpoint:}") String endpoint, @Value("${gradphoto.s3.region:us-east-1}") String region,
            @Value("${gradphoto.s3.bucket:gradphoto}") String bucket, @Value("${gradphoto.s3.access-key:}") String accessKey,
            @Value("${gradphoto.s3.secret-key:}") String secretKey, Clock clock) {
        return switch (store) {
            case "folder" -> new DirectoryPhotoStore(dir, clock);
            case "s3" -> new S3PhotoStore(s3(endpoint, region, bucket, accessKey, secretKey), bucket, clock);
            default -> throw new IllegalArgumentException("gradphoto.store is folder or s3, not " + store);
        };
    }

    /** A client of the store at {@code endpoint} (path-style addresses, as MinIO, Ceph and S3Proxy take); the bucket made if missing. */
    static S3Client s3(String endpoint, String region, String bucket, String accessKey, String secretKey) {
        // checksums only where the API requires them: stores other than AWS (S3Proxy, older MinIO) refuse the
        // newer aws-chunked uploads with trailing checksums
        var b = S3Client.builder().region(Region.of(region)).forcePathStyle(true)
                .requestChecksumCalculation(software.amazon.awssdk.core.checksums.RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(software.amazon.awssdk.core.checksums.ResponseChecksumValidation.WHEN_REQUIRED);
        if (!endpoint.isBlank()) {
            b.endpointOverride(URI.create(endpoint));
        }
        if (!accessKey.isBlank()) {
            b.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)));
        }
        S3Client s3 = b.build();
        try {
            s3.headBucket(h -> h.bucket(bucket));
        } catch (NoSuchBucketException e) {
            s3.createBucket(c -> c.bucket(bucket));
        }
        return s3;
    }
}
