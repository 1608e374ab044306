package jp.shiori.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Set;

/** A staff account an administrator creates, with its first password (the member should change it). */
public record NewStaffMember(
        @NotBlank @Size(max = 64) String username,
        @NotBlank @Size(max = 200) String displayName,
        @NotEmpty Set<StaffRole> roles,
        @NotBlank @Size(max = 128) String password)
        implements Serializable {}
