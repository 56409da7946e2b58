import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'vanphong' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  username!: string;

  @ApiProperty({ example: 'dondoc-demo' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  password!: string;
}
